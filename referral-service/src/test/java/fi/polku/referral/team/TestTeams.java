package fi.polku.referral.team;

import static org.awaitility.Awaitility.await;

import fi.polku.events.EventType;
import fi.polku.platform.testing.TestEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Standing teams as team-service's registry announces them, once referral-service has taken them in. */
public final class TestTeams {

    private TestTeams() {
    }

    /** An active work-ability team named {@code name} in {@code area}; returns its id. */
    public static UUID registered(String name, String area) {
        return announce(UUID.randomUUID(), name, area, "WORK_ABILITY_TEAM", true, Instant.now());
    }

    /** Publishes a version of team {@code id} and waits until the read model holds this version or a newer one. */
    public static UUID announce(UUID id, String name, String area, String kind, boolean active, Instant changedAt) {
        String json = TestEvents.sample(EventType.STANDING_TEAM_CHANGED, Map.of("teamId", id.toString(), "name", name,
                "area", area, "kind", kind, "changedAt", changedAt.toString()))
                .replace("\"active\": true", "\"active\": " + active);
        UUID event = TestEvents.publish(EventType.STANDING_TEAM_CHANGED, UUID.randomUUID(), id, changedAt.toString(),
                json);
        await().atMost(Duration.ofSeconds(20)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                ((Number) KnownTeam.getEntityManager().createNativeQuery(
                        "select count(*) from processed_event where event_id = ?1").setParameter(1, event)
                        .getSingleResult()).longValue() > 0));
        return id;
    }
}
