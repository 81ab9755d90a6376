package fi.polku.referral.team;

import fi.polku.events.EventType;
import fi.polku.platform.testing.TestEvents;
import fi.polku.referral.TestConsumers;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Standing teams and professionals as team-service's registry announces them, once referral-service has taken them
 * in.
 */
public final class TestTeams {

    private TestTeams() {}

    /** An active work-ability team named {@code name} in {@code area}; returns its id. */
    public static UUID registered(String name, String area) {
        return announce(UUID.randomUUID(), name, area, "WORK_ABILITY_TEAM", true, Instant.now());
    }

    /**
     * A professional of {@code organisation} ({@code COUNTY} or an organisation type) whom the registry puts in
     * {@code teams}, once referral-service has taken them in; returns their id, which their token names as
     * {@code professional_id}.
     */
    public static UUID professional(String organisation, String profession, UUID... teams) {
        UUID id = UUID.randomUUID();
        StringBuilder teamIds = new StringBuilder();
        for (UUID team : teams) {
            teamIds.append(teamIds.isEmpty() ? "" : ", ")
                    .append('"')
                    .append(team)
                    .append('"');
        }
        Instant now = Instant.now();
        String json = TestEvents.sample(
                        EventType.PROFESSIONAL_CHANGED,
                        Map.of(
                                "professionalId",
                                id.toString(),
                                "profession",
                                profession,
                                "organisationType",
                                organisation,
                                "changedAt",
                                now.toString()))
                .replaceFirst("\"teamIds\": \\[[^\\]]*]", "\"teamIds\": [" + teamIds + "]");
        awaitApplied(TestEvents.publish(EventType.PROFESSIONAL_CHANGED, UUID.randomUUID(), id, now.toString(), json));
        return id;
    }

    /** A county work-ability coordinator in {@code teams}. */
    public static UUID countyMember(UUID... teams) {
        return professional("COUNTY", "WORK_ABILITY_COORDINATOR", teams);
    }

    /** Publishes a version of team {@code id} and waits until the read model holds this version or a newer one. */
    public static UUID announce(UUID id, String name, String area, String kind, boolean active, Instant changedAt) {
        String json = TestEvents.sample(
                        EventType.STANDING_TEAM_CHANGED,
                        Map.of(
                                "teamId",
                                id.toString(),
                                "name",
                                name,
                                "area",
                                area,
                                "kind",
                                kind,
                                "changedAt",
                                changedAt.toString()))
                .replace("\"active\": true", "\"active\": " + active);
        awaitApplied(
                TestEvents.publish(EventType.STANDING_TEAM_CHANGED, UUID.randomUUID(), id, changedAt.toString(), json));
        return id;
    }

    private static void awaitApplied(UUID event) {
        TestConsumers.awaitClaimed(
                KnownTeam.getEntityManager(), "referral-service-teams", event, Duration.ofSeconds(20));
    }
}
