package fi.polku.team.network;

import static fi.polku.team.TestTeams.get;
import static fi.polku.team.TestTeams.post;
import static fi.polku.team.TestTeams.put;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.polku.platform.security.Role;
import fi.polku.platform.testing.PolkuTest;
import fi.polku.platform.testing.TestOutbox;
import fi.polku.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@PolkuTest
class NetworkResourceTest {

    private static final String ADMIN = Tokens.as("aija").roles(Role.TEAM_ADMIN).bearer();
    private static final String MANAGER =
            Tokens.as("markku").roles(Role.MANAGER).bearer();

    @Inject
    EntityManager em;

    private static String team(String name, String area) {
        return post(ADMIN, "/api/v1/teams", """
                {"name": "%s", "kind": "WORK_ABILITY_TEAM", "area": "%s", "soteCentres": ["%s sote-keskus"],
                 "municipalityCodes": ["564"]}""".formatted(name, area, area))
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static String professional(
            String profession, String organisation, String fte, boolean active, String... teams) {
        String teamList = String.join("\", \"", teams);
        return post(ADMIN, "/api/v1/professionals", """
                {"name": "Testi Ammattilainen", "profession": "%s", "organisationType": "%s", "socialWelfare": false,
                 "fte": %s, "teams": ["%s"], "active": %s}""".formatted(profession, organisation, fte, teamList, active))
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** What the registry topic got about {@code id}, asserted to be two events of {@code type}: added, then changed. */
    private List<TestOutbox.Published> addedAndChanged(String id, String type) {
        List<TestOutbox.Published> registry = TestOutbox.about(em, UUID.fromString(id));
        assertEquals(
                List.of(type, type),
                registry.stream().map(TestOutbox.Published::type).toList(),
                "added and changed, each published");
        return registry;
    }

    @Test
    void aTeamIsAddedReadChangedAndItsNameIsUnique() {
        String area = "Alue-" + UUID.randomUUID();
        String id = team("Tiimi " + area, area);
        get(Tokens.as("tiina").roles(Role.TEAM_MEMBER).bearer(), "/api/v1/teams/{id}", id)
                .statusCode(200)
                .body("area", equalTo(area))
                .body("active", equalTo(true))
                .body("municipalityCodes", equalTo(List.of("564")));
        post(ADMIN, "/api/v1/teams", """
                {"name": "TIIMI %s", "kind": "WORK_ABILITY_TEAM", "area": "%s"}""".formatted(area, area)).statusCode(409);
        put(ADMIN, "/api/v1/teams/{id}", """
                {"name": "Tiimi %s", "kind": "COMPETENCE_CENTRE", "area": "%s", "active": false}""".formatted(area, area), id)
                .statusCode(200)
                .body("kind", equalTo("COMPETENCE_CENTRE"))
                .body("active", equalTo(false));
        get(ADMIN, Map.of("area", area.toUpperCase(), "active", "false"), "/api/v1/teams")
                .statusCode(200)
                .body("total", equalTo(1));

        List<TestOutbox.Published> registry = addedAndChanged(id, "fi.polku.network.standing-team-changed.v1");
        assertTrue(
                registry.get(1).payload().contains("\"kind\": \"COMPETENCE_CENTRE\"")
                        && registry.get(1).payload().contains("\"active\": false"),
                registry.get(1).payload());
    }

    @Test
    void badTeamsAndProfessionalsNameTheFieldAndTheRule() {
        post(ADMIN, "/api/v1/teams", """
                {"name": "X", "kind": "WORK_ABILITY_TEAM", "area": "Oulu", "municipalityCodes": ["56"]}""")
                .statusCode(400)
                .body("errors[0].message", equalTo("must be a 3-digit municipality code"));
        // Two team names that look the same must be the same: no zero-width joiners, no right-to-left override.
        for (String name : List.of("Oulu\\u200d\\u200d\\u200dkeskusta", "Oulu \\u202eatsuksek")) {
            post(ADMIN, "/api/v1/teams", """
                    {"name": "%s", "kind": "WORK_ABILITY_TEAM", "area": "Oulu"}""".formatted(name)).statusCode(400).body("errors[0].field", equalTo("name"));
        }
        String team = team("Tiimi " + UUID.randomUUID(), "Oulu");
        post(ADMIN, "/api/v1/professionals", """
                {"name": "A", "profession": "DOCTOR", "organisationType": "COUNTY", "socialWelfare": false,
                 "fte": 0.5, "teams": ["%s"]}""".formatted(UUID.randomUUID()))
                .statusCode(400)
                .body("errors[0].field", equalTo("teams"));
        post(ADMIN, "/api/v1/professionals", """
                {"name": "A", "profession": "DOCTOR", "organisationType": "COUNTY", "socialWelfare": false,
                 "fte": 0.333, "teams": ["%s"]}""".formatted(team))
                .statusCode(400)
                .body("errors.field", hasItem("fte"));
        post(ADMIN, "/api/v1/professionals", """
                {"name": "A", "profession": "DOCTOR", "organisationType": "ACME", "socialWelfare": false, "fte": 0.5}""").statusCode(400).body("errors[0].field", equalTo("organisationType"));
        post(ADMIN, "/api/v1/professionals", """
                {"name": "A", "profession": "JOB_COACH", "organisationType": "THIRD_SECTOR", "socialWelfare": false,
                 "fte": 1.5}""").statusCode(400).body("errors[0].field", equalTo("fte"));
    }

    @Test
    void professionalsAreListedByTeamAndChangeTeams() {
        String first = team("Tiimi " + UUID.randomUUID(), "Oulu");
        String second = team("Tiimi " + UUID.randomUUID(), "Oulu");
        String id = professional("PSYCHOLOGIST", "COUNTY", "0.8", true, first);
        get(ADMIN, Map.of("teamId", first), "/api/v1/professionals")
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].fte", equalTo(0.8f));
        put(ADMIN, "/api/v1/professionals/{id}", """
                {"name": "Testi Ammattilainen", "profession": "PSYCHOLOGIST", "organisationType": "COUNTY",
                 "socialWelfare": false, "fte": 0.8, "teams": ["%s"]}""".formatted(second), id).statusCode(200);
        get(ADMIN, Map.of("teamId", first), "/api/v1/professionals").body("total", equalTo(0));
        get(ADMIN, Map.of("teamId", second, "organisationType", "COUNTY"), "/api/v1/professionals")
                .body("total", equalTo(1));

        List<TestOutbox.Published> registry = addedAndChanged(id, "fi.polku.network.professional-changed.v1");
        assertTrue(
                registry.get(0).payload().contains(first)
                        && registry.get(1).payload().contains(second)
                        && !registry.get(1).payload().contains(first),
                registry.get(1).payload());
        assertFalse(registry.get(1).payload().contains("Testi Ammattilainen"), "a professional's name never travels");
    }

    @Test
    void aProfessionalIsRegisteredUnderTheIdTheirTokenCarries() {
        String team = team("Tiimi " + UUID.randomUUID(), "Oulu");
        UUID id = UUID.randomUUID();
        String body = """
                {"name": "Tunnisteellinen Ammattilainen", "profession": "DOCTOR", "organisationType": "COUNTY",
                 "socialWelfare": false, "fte": %s, "teams": ["%s"]}""";
        put(ADMIN, "/api/v1/professionals/{id}", body.formatted("0.5", team), id)
                .statusCode(201)
                .body("id", equalTo(id.toString()));
        put(ADMIN, "/api/v1/professionals/{id}", body.formatted("0.6", team), id)
                .statusCode(200)
                .body("fte", equalTo(0.6f));
        assertEquals(2, TestOutbox.about(em, id).size(), "registered and changed, each published");
        // Their token names them, so the team's pathways are theirs.
        String theirs = Tokens.as("tunniste")
                .roles(Role.TEAM_MEMBER)
                .professionalId(id.toString())
                .bearer();
        get(theirs, "/api/v1/teams/{id}/waiting-list", team).statusCode(200);
        get(Tokens.as("toinen").roles(Role.TEAM_MEMBER).bearer(), "/api/v1/teams/{id}/waiting-list", team)
                .statusCode(404);

        // Nobody gives themselves teams: a team admin's own entry is changed by someone else, who is on record.
        String admin = Tokens.as("itse")
                .roles(Role.TEAM_ADMIN)
                .professionalId(id.toString())
                .bearer();
        String other = team("Tiimi " + UUID.randomUUID(), "Raahe");
        put(admin, "/api/v1/professionals/{id}", body.formatted("0.6", other), id)
                .statusCode(403);
        get(ADMIN, "/api/v1/professionals/{id}", id)
                .statusCode(200)
                .body("teams", org.hamcrest.Matchers.contains(team))
                .body("changedBy", equalTo("p-aija"));
    }

    /** The figures to the unit: FTE of a professional in two teams is divided between them, per area counted once. */
    @Test
    void staffResourcesAddUpPerTeamAndPerArea() {
        String area = "Alue-" + UUID.randomUUID();
        String t1 = team("T1 " + area, area);
        String t2 = team("T2 " + area, area);
        String other = "Muu-" + UUID.randomUUID();
        String t3 = team("T3 " + other, other);
        professional("KELA_WORK_ABILITY_ADVISOR", "KELA", "0.40", true, t1, t2);
        professional("SOCIAL_WORKER", "COUNTY", "1.00", true, t1);
        professional("SOCIAL_WORKER", "COUNTY", "0.50", true, t1);
        professional("SOCIAL_WORKER", "COUNTY", "0.50", true, t3);
        professional("SOCIAL_WORKER", "COUNTY", "1.00", false, t1);

        assertEquals(
                List.of(
                        line("T1 " + area, "KELA_WORK_ABILITY_ADVISOR", "KELA", 1, 0.2f),
                        line("T1 " + area, "SOCIAL_WORKER", "COUNTY", 2, 1.5f),
                        line("T2 " + area, "KELA_WORK_ABILITY_ADVISOR", "KELA", 1, 0.2f)),
                staff(Map.of("area", area), true));
        assertEquals(
                List.of(
                        line("", "KELA_WORK_ABILITY_ADVISOR", "KELA", 1, 0.4f),
                        line("", "SOCIAL_WORKER", "COUNTY", 2, 1.5f)),
                staff(Map.of("area", area, "groupBy", "AREA"), false));
        get(MANAGER, Map.of("groupBy", "MUNICIPALITY"), "/api/v1/staff-resources")
                .statusCode(400)
                .body("errors[0].field", equalTo("groupBy"));
    }

    /** The staff resources the manager is answered for {@code query}, each line as {@link #line} makes it. */
    private static List<Map<String, Object>> staff(Map<String, ?> query, boolean byTeam) {
        JsonPath json = get(MANAGER, query, "/api/v1/staff-resources")
                .statusCode(200)
                .extract()
                .jsonPath();
        List<Map<String, Object>> raw = json.getList("");
        return raw.stream()
                .map(line -> line(
                        byTeam ? line.get("teamName") : "",
                        line.get("profession"),
                        line.get("organisationType"),
                        line.get("headcount"),
                        line.get("fte")))
                .toList();
    }

    private static Map<String, Object> line(Object team, Object profession, Object org, Object n, Object fte) {
        return Map.of("team", team, "profession", profession, "org", org, "n", n, "fte", fte);
    }
}
