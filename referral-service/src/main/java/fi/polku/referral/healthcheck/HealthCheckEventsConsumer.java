package fi.polku.referral.healthcheck;

import fi.polku.platform.inbox.IdempotentConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Reads pathway.health-check.v1 for team referrals, in a consumer group of its own (the timeline has another). */
@ApplicationScoped
public class HealthCheckEventsConsumer {

    @Inject
    IdempotentConsumer inbox;

    @Inject
    HealthCheckReferrals referrals;

    @Incoming("health-check-referrals")
    @Blocking
    public void on(ConsumerRecords<String, String> records) {
        inbox.consumeBatch("health-check-referrals", records, event -> referrals.apply(event.payload()));
    }
}
