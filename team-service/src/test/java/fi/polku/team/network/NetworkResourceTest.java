package fi.polku.team.network;

import static io.restassured.RestAssured.given;
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
import io.restassured.http.ContentType;
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
        return given().header("Authorization", ADMIN)
                .contentType(ContentType.JSON)
                .body("""
                {"name": "%s", "kind": "WORK_ABILITY_TEAM", "area": "%s", "soteCentres": ["%s sote-keskus"],
                 "municipalityCodes": ["564"]}""".formatted(name, area, area))
                .when()
                .post("/api/v1/teams")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static String professional(
            String profession, String organisation, String fte, boolean active, String... teams) {
        String teamList = String.join("\", \"", teams);
        return given().header("Authorization", ADMIN)
                .contentType(ContentType.JSON)
                .body("""
                {"name": "Testi Ammattilainen", "profession": "%s", "organisationType": "%s", "socialWelfare": false,
                 "fte": %s, "teams": ["%s"], "active": %s}""".formatted(profession, organisation, fte, teamList, active))
                .when()
                .post("/api/v1/professionals")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void aTeamIsAddedReadChangedAndItsNameIsUnique() {
        String area = "Alue-" + UUID.randomUUID();
        String id = team("Tiimi " + area, area);
        given().header(
                        "Authorization",
                        Tokens.as("tiina").roles(Role.TEAM_MEMBER).bearer())
                .when()
                .get("/api/v1/teams/{id}", id)
                .then()
                .statusCode(200)
                .body("area", equalTo(area))
                .body("active", equalTo(true))
                .body("municipalityCodes", equalTo(List.of("564")));
        given().header("Authorization", ADMIN)
                .contentType(ContentType.JSON)
                .body("""
                {"name": "TIIMI %s", "kind": "WORK_ABILITY_TEAM", "area": "%s"}""".formatted(area, area))
                .when()
                .post("/api/v1/teams")
                .then()
                .statusCode(409);
        given().header("Authorization", ADMIN)
                .contentType(ContentType.JSON)
                .body("""
                {"name": "Tiimi %s", "kind": "COMPETENCE_CENTRE", "area": "%s", "active": false}""".formatted(area, area))
                .when()
                .put("/api/v1/teams/{id}", id)
                .then()
                .statusCode(200)
                .body("kind", equalTo("COMPETENCE_CENTRE"))
                .body("active", equalTo(false));
        given().header("Authorization", ADMIN)
                .queryParam("area", area.toUpperCase())
                .queryParam("active", "false")
                .when()
                .get("/api/v1/teams")
                .then()
                .statusCode(200)
                .body("total", equalTo(1));

        List<TestOutbox.Published> registry = TestOutbox.about(em, UUID.fromString(id));
        assertEquals(
                List.of("fi.polku.network.standing-team-changed.v1", "fi.polku.network.standing-team-changed.v1"),
                registry.stream().map(TestOutbox.Published::type).toList(),
                "added and changed, each published");
        assertTrue(
                registry.get(1).payload().contains("\"kind\": \"COMPETENCE_CENTRE\"")
                        && registry.get(1).payload().contains("\"active\": false"),
                registry.get(1).payload());
    }

    @Test
    void badTeamsAndProfessionalsNameTheFieldAndTheRule() {
        given().header("Authorization", ADMIN)
                .contentType(ContentType.JSON)
                .body("""
                {"name": "X", "kind": "WORK_ABILITY_TEAM", "area": "Oulu", "municipalityCodes": ["56"]}""")
                .when()
                .post("/api/v1/teams")
                .then()
                .statusCode(400)
                .body("errors[0].message", equalTo("must be a 3-digit municipality code"));
        // Two team names that look the same must be the same: no zero-width joiners, no right-to-left override.
        for (String name : List.of("Oulu\\u200d\\u200d\\u200dkeskusta", "Oulu \\u202eatsuksek")) {
            given().header("Authorization", ADMIN)
                    .contentType(ContentType.JSON)
                    .body("""
                    {"name": "%s", "kind": "WORK_ABILITY_TEAM", "area": "Oulu"}""".formatted(name))
                    .when()
                    .post("/api/v1/teams")
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("name"));
        }
        String team = team("Tiimi " + UUID.randomUUID(), "Oulu");
        given().header("Authorization", ADMIN)
                .contentType(ContentType.JSON)
                .body("""
                {"name": "A", "profession": "DOCTOR", "organisationType": "COUNTY", "socialWelfare": false,
                 "fte": 0.5, "teams": ["%s"]}""".formatted(UUID.randomUUID()))
                .when()
                .post("/api/v1/professionals")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("teams"));
        given().header("Authorization", ADMIN)
                .contentType(ContentType.JSON)
                .body("""
                {"name": "A", "profession": "DOCTOR", "organisationType": "COUNTY", "socialWelfare": false,
                 "fte": 0.333, "teams": ["%s"]}""".formatted(team))
                .when()
                .post("/api/v1/professionals")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("fte"));
        given().header("Authorization", ADMIN)
                .contentType(ContentType.JSON)
                .body("""
                {"name": "A", "profession": "DOCTOR", "organisationType": "ACME", "socialWelfare": false, "fte": 0.5}""")
                .when()
                .post("/api/v1/professionals")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("organisationType"));
        given().header("Authorization", ADMIN)
                .contentType(ContentType.JSON)
                .body("""
                {"name": "A", "profession": "JOB_COACH", "organisationType": "THIRD_SECTOR", "socialWelfare": false,
                 "fte": 1.5}""")
                .when()
                .post("/api/v1/professionals")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("fte"));
    }

    @Test
    void professionalsAreListedByTeamAndChangeTeams() {
        String first = team("Tiimi " + UUID.randomUUID(), "Oulu");
        String second = team("Tiimi " + UUID.randomUUID(), "Oulu");
        String id = professional("PSYCHOLOGIST", "COUNTY", "0.8", true, first);
        given().header("Authorization", ADMIN)
                .queryParam("teamId", first)
                .when()
                .get("/api/v1/professionals")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].fte", equalTo(0.8f));
        given().header("Authorization", ADMIN)
                .contentType(ContentType.JSON)
                .body("""
                {"name": "Testi Ammattilainen", "profession": "PSYCHOLOGIST", "organisationType": "COUNTY",
                 "socialWelfare": false, "fte": 0.8, "teams": ["%s"]}""".formatted(second))
                .when()
                .put("/api/v1/professionals/{id}", id)
                .then()
                .statusCode(200);
        given().header("Authorization", ADMIN)
                .queryParam("teamId", first)
                .when()
                .get("/api/v1/professionals")
                .then()
                .body("total", equalTo(0));
        given().header("Authorization", ADMIN)
                .queryParam("teamId", second)
                .queryParam("organisationType", "COUNTY")
                .when()
                .get("/api/v1/professionals")
                .then()
                .body("total", equalTo(1));

        List<TestOutbox.Published> registry = TestOutbox.about(em, UUID.fromString(id));
        assertEquals(
                List.of("fi.polku.network.professional-changed.v1", "fi.polku.network.professional-changed.v1"),
                registry.stream().map(TestOutbox.Published::type).toList(),
                "added and changed, each published");
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
        given().header("Authorization", ADMIN)
                .contentType(ContentType.JSON)
                .body(body.formatted("0.5", team))
                .when()
                .put("/api/v1/professionals/{id}", id)
                .then()
                .statusCode(201)
                .body("id", equalTo(id.toString()));
        given().header("Authorization", ADMIN)
                .contentType(ContentType.JSON)
                .body(body.formatted("0.6", team))
                .when()
                .put("/api/v1/professionals/{id}", id)
                .then()
                .statusCode(200)
                .body("fte", equalTo(0.6f));
        assertEquals(2, TestOutbox.about(em, id).size(), "registered and changed, each published");
        // Their token names them, so the team's pathways are theirs.
        String theirs = Tokens.as("tunniste")
                .roles(Role.TEAM_MEMBER)
                .professionalId(id.toString())
                .bearer();
        given().header("Authorization", theirs)
                .when()
                .get("/api/v1/teams/{id}/waiting-list", team)
                .then()
                .statusCode(200);
        given().header(
                        "Authorization",
                        Tokens.as("toinen").roles(Role.TEAM_MEMBER).bearer())
                .when()
                .get("/api/v1/teams/{id}/waiting-list", team)
                .then()
                .statusCode(404);

        // Nobody gives themselves teams: a team admin's own entry is changed by someone else, who is on record.
        String admin = Tokens.as("itse")
                .roles(Role.TEAM_ADMIN)
                .professionalId(id.toString())
                .bearer();
        String other = team("Tiimi " + UUID.randomUUID(), "Raahe");
        given().header("Authorization", admin)
                .contentType(ContentType.JSON)
                .body(body.formatted("0.6", other))
                .when()
                .put("/api/v1/professionals/{id}", id)
                .then()
                .statusCode(403);
        given().header("Authorization", ADMIN)
                .when()
                .get("/api/v1/professionals/{id}", id)
                .then()
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

        JsonPath byTeam = given().header("Authorization", MANAGER)
                .queryParam("area", area)
                .when()
                .get("/api/v1/staff-resources")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(
                List.of(
                        Map.of(
                                "team",
                                "T1 " + area,
                                "profession",
                                "KELA_WORK_ABILITY_ADVISOR",
                                "org",
                                "KELA",
                                "n",
                                1,
                                "fte",
                                0.2f),
                        Map.of(
                                "team",
                                "T1 " + area,
                                "profession",
                                "SOCIAL_WORKER",
                                "org",
                                "COUNTY",
                                "n",
                                2,
                                "fte",
                                1.5f),
                        Map.of(
                                "team",
                                "T2 " + area,
                                "profession",
                                "KELA_WORK_ABILITY_ADVISOR",
                                "org",
                                "KELA",
                                "n",
                                1,
                                "fte",
                                0.2f)),
                lines(byTeam, true));

        JsonPath byArea = given().header("Authorization", MANAGER)
                .queryParam("area", area)
                .queryParam("groupBy", "AREA")
                .when()
                .get("/api/v1/staff-resources")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(
                List.of(
                        Map.of(
                                "team",
                                "",
                                "profession",
                                "KELA_WORK_ABILITY_ADVISOR",
                                "org",
                                "KELA",
                                "n",
                                1,
                                "fte",
                                0.4f),
                        Map.of("team", "", "profession", "SOCIAL_WORKER", "org", "COUNTY", "n", 2, "fte", 1.5f)),
                lines(byArea, false));
        given().header("Authorization", MANAGER)
                .queryParam("groupBy", "MUNICIPALITY")
                .when()
                .get("/api/v1/staff-resources")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("groupBy"));
    }

    private static List<Map<String, Object>> lines(JsonPath json, boolean byTeam) {
        List<Map<String, Object>> raw = json.getList("");
        return raw.stream()
                .map(line -> Map.<String, Object>of(
                        "team", byTeam ? line.get("teamName") : "",
                        "profession", line.get("profession"),
                        "org", line.get("organisationType"),
                        "n", line.get("headcount"),
                        "fte", line.get("fte")))
                .toList();
    }
}
