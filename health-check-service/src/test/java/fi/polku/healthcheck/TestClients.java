package fi.polku.healthcheck;

import static org.awaitility.Awaitility.await;

import fi.polku.events.EventType;
import fi.polku.platform.testing.TestEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Clients as health-check-service learns of them: from a referral on the bus, once its consumers took it in. */
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
     * A client of Oulu (564), unemployed since 1 May 2024, referred at {@link FixedClock#NOW}, once both read models
     * have taken the referral in. Returns [clientId, pathwayId].
     */
    public static UUID[] referred(EntityManager em) {
        return referred(em, "Oulu", "564", "UNEMPLOYED", "2024-05-01", FixedClock.NOW);
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
        processed(em, event, "health-check-service", "health-check-service-clients");
        return new UUID[] {client, pathway};
    }

    /** Waits until each of the consumer groups has processed the event. */
    public static void processed(EntityManager em, UUID event, String... consumers) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> QuarkusTransaction.requiringNew()
                        .call(() -> ((Number) em.createNativeQuery(
                                                        "select count(*) from processed_event where event_id = :event "
                                                                + "and consumer in (:consumers)")
                                                .setParameter("event", event)
                                                .setParameter("consumers", List.of(consumers))
                                                .getSingleResult())
                                        .longValue()
                                == consumers.length));
    }
}
