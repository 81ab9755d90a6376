package fi.polku.healthcheck;

import static org.awaitility.Awaitility.await;

import fi.polku.events.EventType;
import fi.polku.platform.testing.TestEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** ClientService as health-check-service learns of them: from a referral on the bus. */
public final class TestClients {

    private TestClients() {}

    /**
     * A client referred as unemployed since {@code since} in {@code area} and municipality {@code municipality}, once
     * the clients read model has taken the referral in. Returns [clientId, pathwayId].
     */
    public static UUID[] unemployed(EntityManager em, String area, String municipality, String since) {
        return referred(em, area, municipality, "UNEMPLOYED", since, Instant.now());
    }

    /**
     * A client referred at {@code receivedAt} with the labour-market status {@code status} (and, for the unemployed,
     * since {@code since}), once both read models have taken the referral in. Returns [clientId, pathwayId].
     */
    public static UUID[] referred(
            EntityManager em, String area, String municipality, String status, String since, Instant receivedAt) {
        UUID client = UUID.randomUUID();
        UUID pathway = UUID.randomUUID();
        String at = receivedAt.toString();
        UUID event = TestEvents.publish(
                EventType.REFERRAL_RECEIVED,
                UUID.randomUUID(),
                pathway,
                at,
                TestEvents.sample(
                        EventType.REFERRAL_RECEIVED,
                        Map.of(
                                "referralId",
                                UUID.randomUUID().toString(),
                                "pathwayId",
                                pathway.toString(),
                                "clientId",
                                client.toString(),
                                "requestedArea",
                                area,
                                "municipalityCode",
                                municipality,
                                "labourMarketStatus",
                                status,
                                "unemployedSince",
                                since,
                                "receivedAt",
                                at)));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> QuarkusTransaction.requiringNew()
                        .call(() -> ((Number) em.createNativeQuery(
                                                        "select count(*) from processed_event where event_id = ?1 and consumer in "
                                                                + "('health-check-service', 'health-check-service-clients')")
                                                .setParameter(1, event)
                                                .getSingleResult())
                                        .longValue()
                                == 2));
        return new UUID[] {client, pathway};
    }
}
