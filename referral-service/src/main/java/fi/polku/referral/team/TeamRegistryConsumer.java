package fi.polku.referral.team;

import fi.polku.platform.inbox.IdempotentConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps the teams read model from registry.team.v1, in a consumer group of its own. */
@ApplicationScoped
public class TeamRegistryConsumer {

    @Inject
    IdempotentConsumer inbox;

    @Inject
    TeamService teams;

    @Incoming("team-registry")
    @Blocking
    public void on(ConsumerRecords<String, String> records) {
        inbox.consumeBatch("team-registry", records, event -> teams.apply(event.payload()));
    }
}
