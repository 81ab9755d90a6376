package fi.polku.team.workload;

import static fi.polku.team.TestTeams.composeAs;
import static fi.polku.team.TestTeams.professional;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.polku.events.EventType;
import fi.polku.platform.FinnishTime;
import fi.polku.platform.security.Role;
import fi.polku.platform.testing.PolkuTest;
import fi.polku.platform.testing.TestEvents;
import fi.polku.platform.testing.Tokens;
import fi.polku.team.TestTeams;
import fi.polku.team.pathway.PathwayService;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The waiting list and the load figures, exact to the unit, on teams in two areas. */
@QuarkusTest
@PolkuTest
class WorkloadTest {

    private static final String MANAGER =
            Tokens.as("markku").roles(Role.MANAGER).bearer();

    @Inject
    PathwayService pathways;

    /** Noon in Finland, {@code days} calendar days ago: far from midnight, so the day count cannot slip. */
    private static Instant daysAgo(int days) {
        return LocalDate.now(FinnishTime.ZONE)
                .minusDays(days)
                .atTime(LocalTime.NOON)
                .atZone(FinnishTime.ZONE)
                .toInstant();
    }

    private static JsonPath get(String token, String path, Map<String, ?> query, Object... params) {
        return TestTeams.get(token, query, path, params)
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void waitingListsAndLoadAreExactAcrossTeamsAndAreas() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String north = "Pohjoinen-" + run;
        String south = "Etelä-" + run;
        String t1Name = "T1-" + run;
        String t2Name = "T2-" + run;
        String t3Name = "T3-" + run;
        String t1 = TestTeams.standingTeam(t1Name, "WORK_ABILITY_TEAM", north);
        String t2 = TestTeams.standingTeam(t2Name, "WORK_ABILITY_TEAM", north);
        String t3 = TestTeams.standingTeam(t3Name, "WORK_ABILITY_TEAM", south);
        String p1 = professional("WORK_ABILITY_COORDINATOR", "COUNTY", false, "1.0", t1);
        String p2 = professional("SOCIAL_WORKER", "COUNTY", true, "0.5", t1, t2);
        String p3 = professional("KELA_WORK_ABILITY_ADVISOR", "KELA", false, "0.2", t2);
        String p4 = professional("UNEMPLOYED_HEALTH_NURSE", "COUNTY", false, "0.8", t3);
        // The readers are the teams' own professionals: whoever reads a team's waiting list works in it.
        String inT1 = Tokens.as("p1").roles(Role.TEAM_MEMBER).professionalId(p1).bearer();
        String inT2 = Tokens.as("p2").roles(Role.TEAM_MEMBER).professionalId(p2).bearer();
        String onlyInT2 = Tokens.as("p3")
                .roles(Role.TEAM_MEMBER)
                .organisation("KELA")
                .professionalId(p3)
                .bearer();
        String inT3 = Tokens.as("p4").roles(Role.TEAM_MEMBER).professionalId(p4).bearer();

        UUID waitingTen = TestTeams.openPathway(t1Name, t1, north, daysAgo(10))[0];
        UUID waitingThree = TestTeams.openPathway(t1Name, t1, north, daysAgo(3))[0];
        UUID assembled = TestTeams.openPathway(t1Name, t1, north, daysAgo(20))[0];
        composeAs(inT1, assembled, p1, p1, p2).statusCode(200);
        UUID[] closed = TestTeams.openPathway(t1Name, t1, north, daysAgo(5));
        composeAs(inT1, closed[0], p2, p1, p2).statusCode(200);
        TestTeams.closePathway(pathways, closed[0], closed[1]);
        UUID waitingToday = TestTeams.openPathway(t2Name, t2, north, Instant.now())[0];
        composeAs(inT2, TestTeams.openPathway(t2Name, t2, north, daysAgo(1))[0], p2, p2)
                .statusCode(200);
        composeAs(inT3, TestTeams.openPathway(t3Name, t3, south, daysAgo(2))[0], p4, p4)
                .statusCode(200);

        JsonPath waiting = get(inT1, "/api/v1/teams/{id}/waiting-list", Map.of(), t1);
        assertEquals(2, waiting.getInt("total"));
        assertEquals(List.of(waitingTen.toString(), waitingThree.toString()), waiting.getList("items.pathwayId"));
        assertEquals(List.of(10, 3), waiting.getList("items.waitingDays"));
        assertEquals(
                List.of(0),
                get(inT2, "/api/v1/teams/{id}/waiting-list", Map.of(), t2).getList("items.waitingDays"));
        assertEquals(
                List.of(waitingToday.toString()),
                get(
                                Tokens.as("liisa").roles(Role.REFERRAL_HANDLER).bearer(),
                                "/api/v1/teams/{id}/waiting-list",
                                Map.of(),
                                t2)
                        .getList("items.pathwayId"));
        TestTeams.get(inT3, "/api/v1/teams/{id}/waiting-list", t1).statusCode(404);
        TestTeams.get(onlyInT2, "/api/v1/teams/{id}/waiting-list", t2).statusCode(403);

        JsonPath load = get(MANAGER, "/api/v1/workload/teams/{id}/professionals", Map.of(), t1);
        assertEquals(List.of(p2, p1), load.getList("professionalId"), "by name: Testi SOCIAL_WORKER first");
        assertEquals(List.of(2, 1), load.getList("openClientTeams"), "the closed pathway's team is not open");
        assertEquals(List.of(1, 1), load.getList("coordinating"));

        JsonPath byTeam = get(MANAGER, "/api/v1/workload/teams", Map.of("area", north));
        assertEquals(List.of(t1Name, t2Name), byTeam.getList("teamName"));
        assertEquals(List.of(2, 2), byTeam.getList("headcount"));
        assertEquals(List.of(1.25f, 0.45f), byTeam.getList("fte"));
        assertEquals(List.of(1, 1), byTeam.getList("openClientTeams"));
        assertEquals(List.of(2, 1), byTeam.getList("waiting"));
        assertEquals(List.of(0.8f, 2.22f), byTeam.getList("openClientTeamsPerFte"));

        JsonPath byArea = get(MANAGER, "/api/v1/workload/teams", Map.of("groupBy", "AREA", "area", north));
        assertEquals(List.of(north), byArea.getList("area"));
        assertEquals(List.of(3), byArea.getList("headcount"), "a professional in two teams of an area counts once");
        assertEquals(List.of(1.7f), byArea.getList("fte"));
        assertEquals(List.of(2), byArea.getList("openClientTeams"));
        assertEquals(List.of(3), byArea.getList("waiting"));
        assertEquals(List.of(1.18f), byArea.getList("openClientTeamsPerFte"));

        JsonPath southern = get(MANAGER, "/api/v1/workload/teams", Map.of("groupBy", "AREA", "area", south));
        assertEquals(List.of(1.25f), southern.getList("openClientTeamsPerFte"));
        assertEquals(List.of(0), southern.getList("waiting"));
        TestTeams.openPathway(t3Name, UUID.randomUUID().toString(), south, Instant.now());
        assertEquals(
                List.of(),
                get(inT3, "/api/v1/teams/{id}/waiting-list", Map.of(), t3).getList("items.pathwayId"),
                "a pathway of another team id is not this team's, whatever its name");
        UUID legacy = UUID.randomUUID();
        TestEvents.publish(
                EventType.PATHWAY_OPENED,
                UUID.randomUUID(),
                legacy,
                Instant.now().toString(),
                TestEvents.sample(EventType.PATHWAY_OPENED, Map.of("pathwayId", legacy.toString(), "team", t3Name))
                        .replaceFirst("\"teamId\": \"[^\"]*\"", "\"teamId\": null"));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> get(inT3, "/api/v1/teams/{id}/waiting-list", Map.of(), t3)
                        .getList("items.pathwayId")
                        .equals(List.of(legacy.toString())));
        TestTeams.get(MANAGER, Map.of("groupBy", "MUNICIPALITY"), "/api/v1/workload/teams")
                .statusCode(400)
                .body("errors[0].field", equalTo("groupBy"));
    }
}
