package fi.polku.platform.app;

import fi.polku.events.ReferralReceived;
import fi.polku.platform.inbox.IdempotentConsumer;
import fi.polku.platform.inbox.UnprocessableRecordException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Counts every time it handles a referral, so a duplicate that slipped through would show. A referral whose
 * requested area is {@link #REFUSED_AREA} breaks a rule while {@link #refuse} is on, as a handler with a bug
 * would until it is fixed.
 */
@ApplicationScoped
public class ReferralEventsConsumer {

    public static final String REFUSED_AREA = "refused by rule";
    public static volatile boolean refuse = true;

    private final IdempotentConsumer inbox;
    private final EntityManager em;

    ReferralEventsConsumer(IdempotentConsumer inbox, EntityManager em) {
        this.inbox = inbox;
        this.em = em;
    }

    @Incoming("referral-events")
    @Blocking
    public void on(ConsumerRecord<String, String> record) {
        inbox.consume("referral-events", record, event -> {
            if (event.payload() instanceof ReferralReceived received) {
                if (refuse && REFUSED_AREA.equals(received.requestedArea())) {
                    throw new UnprocessableRecordException("requestedArea: refused by the test's rule");
                }
                em.createNativeQuery("""
                        insert into received_referral (referral_id, pathway_id, event_id, handled_count)
                        values (?1, ?2, ?3, 1)
                        on conflict (referral_id) do update set handled_count = received_referral.handled_count + 1""")
                        .setParameter(1, received.referralId())
                        .setParameter(2, received.pathwayId())
                        .setParameter(3, event.id())
                        .executeUpdate();
            }
        });
    }

    /** How often the referral was handled: 0 before it arrives, 1 after, more only if a duplicate slipped through. */
    public int handledCount(UUID referralId) {
        List<?> counts = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("select handled_count from received_referral where referral_id = ?1")
                        .setParameter(1, referralId)
                        .getResultList());
        return counts.isEmpty() ? 0 : ((Number) counts.getFirst()).intValue();
    }
}
