package fi.polku.healthcheck.client;

import fi.polku.platform.inbox.IdempotentConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps the clients read model, in its own consumer group so that it is rebuilt or replayed on its own. */
@ApplicationScoped
public class ClientEventsConsumer {

    @Inject
    IdempotentConsumer inbox;

    @Inject
    ClientService clients;

    @Incoming("client-events")
    @Blocking
    public void on(ConsumerRecords<String, String> records) {
        inbox.consumeBatch("client-events", records, event -> clients.apply(event.payload()));
    }
}
