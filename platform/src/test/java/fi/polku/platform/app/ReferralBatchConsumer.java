package fi.polku.platform.app;

import fi.polku.events.ReferralReceived;
import fi.polku.platform.inbox.IdempotentConsumer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Records each referral it handles with a count and the order it was handled in, a poll at a time. */
@ApplicationScoped
public class ReferralBatchConsumer {

    private final IdempotentConsumer inbox;
    private final EntityManager em;

    ReferralBatchConsumer(IdempotentConsumer inbox, EntityManager em) {
        this.inbox = inbox;
        this.em = em;
    }

    @Incoming("referral-batches")
    @Blocking
    public void on(ConsumerRecords<String, String> records) {
        inbox.consumeBatch("referral-batches", records, event -> {
            if (event.payload() instanceof ReferralReceived received) {
                em.createNativeQuery("""
                        insert into batch_referral (referral_id, pathway_id, handled_count) values (?1, ?2, 1)
                        on conflict (referral_id) do update set handled_count = batch_referral.handled_count + 1""")
                        .setParameter(1, received.referralId())
                        .setParameter(2, received.pathwayId())
                        .executeUpdate();
            }
        });
    }

    /** The referrals of {@code pathway} in the order they were handled, each with how often it was. */
    public List<Object[]> handled(UUID pathway) {
        return QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("""
                select referral_id, handled_count from batch_referral where pathway_id = ?1 order by handled_order""", Object[].class)
                        .setParameter(1, pathway)
                        .getResultList());
    }
}
