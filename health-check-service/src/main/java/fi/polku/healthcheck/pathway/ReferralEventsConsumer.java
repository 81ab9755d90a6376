package fi.polku.healthcheck.pathway;

import fi.polku.events.ReferralReceived;
import fi.polku.platform.inbox.IdempotentConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

@ApplicationScoped
public class ReferralEventsConsumer {

    @Inject
    IdempotentConsumer inbox;

    @Inject
    PathwayService pathways;

    @Incoming("referral-events")
    @Blocking
    public void on(ConsumerRecords<String, String> records) {
        inbox.consumeBatch("referral-events", records, event -> {
            if (event.payload() instanceof ReferralReceived received) {
                pathways.referred(received);
            }
        });
    }
}
