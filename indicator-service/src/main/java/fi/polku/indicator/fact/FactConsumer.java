package fi.polku.indicator.fact;

import fi.polku.events.Topics;
import fi.polku.platform.inbox.IdempotentConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** The facts from each topic, in a consumer group per topic so that each has its own dead letters and replay. */
@ApplicationScoped
public class FactConsumer {

    @Inject
    IdempotentConsumer inbox;

    @Inject
    FactService facts;

    @Incoming("fact-referral-events")
    @Blocking
    public void onReferralEvents(ConsumerRecords<String, String> records) {
        consume("fact-referral-events", Topics.REFERRAL, records);
    }

    @Incoming("fact-team-events")
    @Blocking
    public void onTeamEvents(ConsumerRecords<String, String> records) {
        consume("fact-team-events", Topics.TEAM, records);
    }

    @Incoming("fact-health-check-events")
    @Blocking
    public void onHealthCheckEvents(ConsumerRecords<String, String> records) {
        consume("fact-health-check-events", Topics.HEALTH_CHECK, records);
    }

    @Incoming("fact-registry-events")
    @Blocking
    public void onRegistryEvents(ConsumerRecords<String, String> records) {
        consume("fact-registry-events", Topics.TEAM_REGISTRY, records);
    }

    /** Applies a poll of the channel's topic as that topic's consumer group. */
    private void consume(String channel, String topic, ConsumerRecords<String, String> records) {
        inbox.consumeBatchAtOnce(
                channel, records, events -> facts.apply(FactService.GROUP_OF_TOPIC.get(topic), events));
    }
}
