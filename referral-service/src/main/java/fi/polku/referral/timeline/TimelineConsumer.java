package fi.polku.referral.timeline;

import fi.polku.platform.inbox.IdempotentConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Builds the timeline from the bus, this service's own topic included, so that every entry, whichever
 * service produced it, arrives the same way and once. Each topic has a consumer group of its own, so each
 * has its own dead letters and claims.
 */
@ApplicationScoped
public class TimelineConsumer {

    @Inject
    IdempotentConsumer inbox;

    @Inject
    TimelineService timeline;

    @Incoming("timeline-referral-events")
    @Blocking
    public void onReferralEvent(ConsumerRecords<String, String> records) {
        inbox.consumeBatchAtOnce("timeline-referral-events", records, timeline::record);
    }

    @Incoming("timeline-team-events")
    @Blocking
    public void onTeamEvent(ConsumerRecords<String, String> records) {
        inbox.consumeBatchAtOnce("timeline-team-events", records, timeline::record);
    }

    @Incoming("timeline-health-check-events")
    @Blocking
    public void onHealthCheckEvent(ConsumerRecords<String, String> records) {
        inbox.consumeBatchAtOnce("timeline-health-check-events", records, timeline::record);
    }
}
