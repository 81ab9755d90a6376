package fi.polku.healthcheck.check;

import fi.polku.events.EmploymentHealthCheckRequested;
import fi.polku.platform.inbox.IdempotentConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Employment systems' health-check requests, as referral-service passes them on from client.health-check-requests.v1. */
@ApplicationScoped
public class HealthCheckRequestConsumer {

    @Inject
    IdempotentConsumer inbox;

    @Inject
    HealthCheckService checks;

    @Incoming("health-check-requests")
    @Blocking
    public void on(ConsumerRecords<String, String> records) {
        inbox.consumeBatch("health-check-requests", records, event -> {
            if (event.payload() instanceof EmploymentHealthCheckRequested request) {
                checks.requestForEmployment(request);
            }
        });
    }
}
