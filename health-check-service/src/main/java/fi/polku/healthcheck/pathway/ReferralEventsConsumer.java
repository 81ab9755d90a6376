package fi.polku.healthcheck.pathway;

import fi.polku.events.ReferralReceived;
import fi.polku.platform.inbox.IdempotentConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

@ApplicationScoped
public class ReferralEventsConsumer {

    private final IdempotentConsumer inbox;
    private final PathwayService pathways;

    ReferralEventsConsumer(IdempotentConsumer inbox, PathwayService pathways) {
        this.inbox = inbox;
        this.pathways = pathways;
    }

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
