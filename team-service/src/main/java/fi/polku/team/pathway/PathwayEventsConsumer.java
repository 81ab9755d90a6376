package fi.polku.team.pathway;

import fi.polku.platform.inbox.IdempotentConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps the pathway read model, in its own consumer group so that it is rebuilt or replayed on its own. */
@ApplicationScoped
public class PathwayEventsConsumer {

    @Inject
    IdempotentConsumer inbox;

    @Inject
    PathwayService pathways;

    @Incoming("pathway-events")
    @Blocking
    public void on(ConsumerRecords<String, String> records) {
        inbox.consumeBatch("pathway-events", records, event -> pathways.apply(event.payload()));
    }
}
