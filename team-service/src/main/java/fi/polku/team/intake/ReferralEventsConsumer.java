package fi.polku.team.intake;

import fi.polku.platform.inbox.IdempotentConsumer;
import fi.polku.platform.inbox.ReceivedEvent;
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
    IntakeService intake;

    @Incoming("referral-events")
    @Blocking
    public void on(ConsumerRecords<String, String> records) {
        inbox.consumeBatchAtOnce(
                "referral-events",
                records,
                events ->
                        intake.apply(events.stream().map(ReceivedEvent::payload).toList()));
    }
}
