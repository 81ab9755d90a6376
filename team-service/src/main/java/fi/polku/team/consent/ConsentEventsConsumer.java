package fi.polku.team.consent;

import fi.polku.platform.inbox.IdempotentConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps the consent read model from client.consent.v1 (keyed by client, so a client's decisions stay in order). */
@ApplicationScoped
public class ConsentEventsConsumer {

    @Inject
    IdempotentConsumer inbox;

    @Inject
    ConsentService consents;

    @Incoming("consent-events")
    @Blocking
    public void on(ConsumerRecords<String, String> records) {
        inbox.consumeBatch("consent-events", records, event -> consents.apply(event.payload()));
    }
}
