package fi.polku.referral.timeline;

import fi.polku.platform.inbox.IdempotentConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Builds the timeline from the bus, this service's own topic included, so that every entry, whichever
 * service produced it, arrives the same way and once.
 */
@ApplicationScoped
public class TimelineConsumer {

    private static final String CONSUMER = "referral-timeline";

    private final IdempotentConsumer inbox;
    private final TimelineService timeline;

    TimelineConsumer(IdempotentConsumer inbox, TimelineService timeline) {
        this.inbox = inbox;
        this.timeline = timeline;
    }

    @Incoming("timeline-referral-events")
    @Blocking
    @Transactional
    public void onReferralEvent(ConsumerRecord<String, String> record) {
        inbox.consume(CONSUMER, record, timeline::record);
    }

    @Incoming("timeline-team-events")
    @Blocking
    @Transactional
    public void onTeamEvent(ConsumerRecord<String, String> record) {
        inbox.consume(CONSUMER, record, timeline::record);
    }

    @Incoming("timeline-health-check-events")
    @Blocking
    @Transactional
    public void onHealthCheckEvent(ConsumerRecord<String, String> record) {
        inbox.consume(CONSUMER, record, timeline::record);
    }
}
