package fi.polku.referral;

import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.UUID;

/** What this service's consumers have taken in, for the tests that publish to them. */
public final class TestConsumers {

    private TestConsumers() {}

    /** Waits, at most {@code within}, until consumer group {@code group} has claimed the event {@code event}. */
    public static void awaitClaimed(EntityManager em, String group, UUID event, Duration within) {
        await().atMost(within)
                .until(() -> QuarkusTransaction.requiringNew()
                        .call(() -> ((Number) em.createNativeQuery(
                                                        "select count(*) from processed_event where event_id = ?1 and consumer = ?2")
                                                .setParameter(1, event)
                                                .setParameter(2, group)
                                                .getSingleResult())
                                        .longValue()
                                == 1));
    }
}
