package fi.polku.team.intake;

import static fi.polku.team.TestTeams.get;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.polku.events.EventType;
import fi.polku.events.OrganisationType;
import fi.polku.platform.FinnishTime;
import fi.polku.platform.security.Role;
import fi.polku.platform.testing.PolkuTest;
import fi.polku.platform.testing.TestEvents;
import fi.polku.platform.testing.Tokens;
import fi.polku.team.TestTeams;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The intake: referrals waiting for triage's decision, each team's professionals seeing the part their teams serve. */
@QuarkusTest
@PolkuTest
class IntakeTest {

    private static final String AUDITOR =
            Tokens.as("auditti").roles(Role.AUDITOR).bearer();

    private record Received(UUID referralId, UUID pathwayId, UUID clientId) {}

    private static Received referral(String area, String receivedAt, UUID eventId) {
        UUID referralId = UUID.randomUUID();
        UUID pathway = UUID.randomUUID();
        UUID client = UUID.randomUUID();
        String json = TestEvents.sample(
                EventType.REFERRAL_RECEIVED,
                Map.of(
                        "referralId",
                        referralId.toString(),
                        "pathwayId",
                        pathway.toString(),
                        "clientId",
                        client.toString(),
                        "requestedArea",
                        area,
                        "receivedAt",
                        receivedAt));
        TestEvents.publish(EventType.REFERRAL_RECEIVED, eventId, pathway, receivedAt, json);
        return new Received(referralId, pathway, client);
    }

    /** Publishes triage's decision {@code type} (referral.accepted or referral.rejected) on the referral. */
    private static void decide(EventType<?> type, Received referral, String time) {
        TestEvents.publish(
                type,
                UUID.randomUUID(),
                referral.pathwayId(),
                time,
                TestEvents.sample(
                        type,
                        Map.of(
                                "referralId",
                                referral.referralId().toString(),
                                "pathwayId",
                                referral.pathwayId().toString(),
                                "clientId",
                                referral.clientId().toString())));
    }

    /** A work-ability team of its own in {@code area}, and a county member's token for it. */
    private static String memberInArea(String area) {
        String team = "Tiimi " + area;
        TestTeams.standingTeam(team, "WORK_ABILITY_TEAM", area);
        return TestTeams.member(team);
    }

    private static JsonPath intake(String bearer, Map<String, Object> query) {
        return get(bearer, query, "/api/v1/intake").statusCode(200).extract().jsonPath();
    }

    private static List<String> ids(String bearer, String area, int page, int size) {
        return intake(bearer, Map.of("area", area, "page", page, "size", size)).getList("items.referralId");
    }

    @Test
    void receivedReferralsReachTheIntakeOnceOldestFirst() {
        String area = "Kainuu-" + UUID.randomUUID();
        String member = memberInArea(area);
        UUID duplicated = UUID.randomUUID();
        UUID second = referral(area, "2026-05-02T08:00:00Z", duplicated).referralId();
        TestEvents.publish(
                EventType.REFERRAL_RECEIVED,
                duplicated,
                UUID.randomUUID(),
                "2026-05-02T08:00:00Z",
                TestEvents.sample(EventType.REFERRAL_RECEIVED, Map.of("requestedArea", area)));
        UUID first = referral(area, "2026-05-01T08:00:00Z", UUID.randomUUID()).referralId();
        UUID third = referral(area.toUpperCase(), "2026-05-03T08:00:00Z", UUID.randomUUID())
                .referralId();

        await().atMost(Duration.ofSeconds(20))
                .until(() -> ids(member, area, 0, 50).size() == 3);

        assertEquals(List.of(first.toString(), second.toString(), third.toString()), ids(member, area, 0, 50));
        assertEquals(List.of(third.toString()), ids(member, area, 1, 2));
        get(member, Map.of("area", area, "size", 2), "/api/v1/intake")
                .statusCode(200)
                .body("total", equalTo(3))
                .body("page", equalTo(0))
                .body("size", equalTo(2))
                .body("items[0].source", equalTo("EMPLOYMENT_SERVICES"))
                .body("items[0].municipalityCode", equalTo("564"));
    }

    @Test
    void aReferralLeavesTheIntakeOnceTriageHasDecided() {
        String area = "Koillismaa-" + UUID.randomUUID();
        String member = memberInArea(area);
        Received accepted = referral(area, "2026-06-01T08:00:00Z", UUID.randomUUID());
        Received rejected = referral(area, "2026-06-02T08:00:00Z", UUID.randomUUID());
        Received waiting = referral(area, "2026-06-03T08:00:00Z", UUID.randomUUID());
        await().atMost(Duration.ofSeconds(20))
                .until(() -> ids(member, area, 0, 50).size() == 3);

        decide(EventType.REFERRAL_ACCEPTED, accepted, "2026-06-04T08:00:00Z");
        decide(EventType.REFERRAL_REJECTED, rejected, "2026-06-04T08:00:00Z");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> ids(member, area, 0, 50)
                        .equals(List.of(waiting.referralId().toString())));
    }

    /**
     * Who sees which part of the intake, for every role and organisation type: a county team member or team admin the
     * part their own teams serve, nobody else anything. Every client shown is in the access log, each by name.
     */
    @Test
    void theIntakeIsScopedByTheCallersTeamsForEveryRoleAndOrganisation() {
        String ours = "Raahe-" + UUID.randomUUID();
        String theirs = "Kuusamo-" + UUID.randomUUID();
        String ourTeam = "Tiimi " + ours;
        TestTeams.standingTeam(ourTeam, "WORK_ABILITY_TEAM", ours);
        TestTeams.standingTeam("Tiimi " + theirs, "WORK_ABILITY_TEAM", theirs);
        Received mine = referral(ours, "2026-07-01T08:00:00Z", UUID.randomUUID());
        Received other = referral(theirs, "2026-07-01T09:00:00Z", UUID.randomUUID());
        String member = TestTeams.member(ourTeam);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> ids(member, ours, 0, 50).size() == 1);

        Map<String, Object> answers = new LinkedHashMap<>();
        List<String> organisations = new ArrayList<>(List.of("COUNTY"));
        for (OrganisationType type : OrganisationType.values()) {
            organisations.add(type.name());
        }
        for (String organisation : organisations) {
            for (String role : Role.ALL) {
                String bearer = TestTeams.member(ourTeam, organisation, role);
                var response =
                        get(bearer, Map.of("size", 200), "/api/v1/intake").extract();
                Object seen = response.statusCode() == 200
                        ? response.jsonPath().getList("items.referralId").stream()
                                .filter(id -> id.equals(mine.referralId().toString())
                                        || id.equals(other.referralId().toString()))
                                .toList()
                        : response.statusCode();
                answers.put(role + " of " + organisation, seen);
            }
        }
        Map<String, Object> expected = new LinkedHashMap<>(answers);
        expected.replaceAll((caller, seen) -> caller.endsWith(" of COUNTY")
                        && (caller.startsWith(Role.TEAM_MEMBER + " ") || caller.startsWith(Role.TEAM_ADMIN + " "))
                ? List.of(mine.referralId().toString())
                : 403);
        assertEquals(expected, answers);

        String today = LocalDate.now(FinnishTime.ZONE).toString();
        get(AUDITOR, Map.of("clientId", mine.clientId().toString(), "from", today, "to", today), "/api/v1/access-log")
                .statusCode(200)
                .body("items.findAll { it.status == 200 }.action[0]", equalTo("GET /api/v1/intake"));
    }

    @Test
    void pagingOutOfRangeIsA400NamingTheParameter() {
        String member = TestTeams.member("Sivutustiimi");
        get(member, Map.of("size", 500), "/api/v1/intake")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("size"));
        get(member, Map.of("page", -1), "/api/v1/intake").statusCode(400).body("errors[0].field", equalTo("page"));
        get(member, Map.of("page", "first"), "/api/v1/intake")
                .statusCode(400)
                .body("errors[0].field", equalTo("page"))
                .body("errors[0].message", equalTo("must be a whole number from 0 to 999999"));
    }
}
