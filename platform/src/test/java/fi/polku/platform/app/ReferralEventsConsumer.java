package fi.polku.platform.app;

import fi.polku.events.ReferralReceived;
import fi.polku.platform.inbox.IdempotentConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Counts every time it handles a referral, so a duplicate that slipped through would show. */
@ApplicationScoped
public class ReferralEventsConsumer {

    private final IdempotentConsumer inbox;
    private final EntityManager em;

    ReferralEventsConsumer(IdempotentConsumer inbox, EntityManager em) {
        this.inbox = inbox;
        this.em = em;
    }

    @Incoming("referral-events")
    @Blocking
    @Transactional
    public void on(ConsumerRecord<String, String> record) {
        inbox.consume("platform-test", record, event -> {
            if (event.payload() instanceof ReferralReceived received) {
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
}
