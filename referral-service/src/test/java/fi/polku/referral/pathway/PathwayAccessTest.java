package fi.polku.referral.pathway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.polku.platform.FinnishTime;
import fi.polku.platform.security.Role;
import fi.polku.platform.testing.PolkuTest;
import fi.polku.platform.testing.PostgresDatabase;
import fi.polku.platform.testing.Tokens;
import fi.polku.referral.client.ClientService;
import fi.polku.referral.client.TestClients;
import fi.polku.referral.team.TestTeams;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who sees which client: by team, and for an outside organisation by consent too. What a caller may not see answers
 * 404, exactly as something that does not exist, and the attempt is in the access log under the client.
 */
@QuarkusTest
@PolkuTest
class PathwayAccessTest {

    private static final String TEAM = "Oulu keskusta";
    private static final String HANDLER = Tokens.bearer("liisa", Role.REFERRAL_HANDLER);
    private static final String AUDITOR =
            Tokens.as("auditti").roles(Role.AUDITOR).bearer();

    /** "Oulu keskusta" and its people as the registry has them, made once for the class. */
    private static UUID team;

    private static UUID kelaAdvisorId;
    private static UUID teamAdminId;
    private static String kelaAdvisor;
    private static String teamMember;
    private static String otherTeam;
    private static String teamAdmin;

    @Inject
    ClientService clients;

    @BeforeEach
    void network() {
        if (team != null) {
            return;
        }
        team = TestTeams.registered(TEAM, "Oulu");
        UUID kempele = TestTeams.registered("Kempele", "Oulu");
        kelaAdvisorId = TestTeams.professional("KELA", "KELA_WORK_ABILITY_ADVISOR", team);
        teamAdminId = TestTeams.countyMember(team);
        kelaAdvisor = Tokens.as("aino")
                .roles(Role.TEAM_MEMBER)
                .organisation("KELA")
                .professionalId(kelaAdvisorId.toString())
                .bearer();
        teamMember = Tokens.as("tiina")
                .roles(Role.TEAM_MEMBER)
                .professionalId(TestTeams.countyMember(team).toString())
                .bearer();
        otherTeam = Tokens.as("olli")
                .roles(Role.TEAM_MEMBER)
                .professionalId(TestTeams.countyMember(kempele).toString())
                .bearer();
        teamAdmin = Tokens.as("aija")
                .roles(Role.TEAM_ADMIN)
                .professionalId(teamAdminId.toString())
                .bearer();
    }

    /** A registered client with a pathway accepted into {@link #TEAM}; returns [clientId, pathwayId]. */
    private static String[] clientInTeam(UUID client) {
        String referral = given().header("Authorization", HANDLER)
                .contentType(ContentType.JSON)
                .body("""
                {"clientId": "%s", "source": "KELA", "referringOrganisation": "Kela", "reasons": ["WORK_ABILITY_UNCLEAR"],
                 "labourMarketStatus": "EMPLOYED"}""".formatted(client))
                .when()
                .post("/api/v1/referrals")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String pathway = given().header("Authorization", HANDLER)
                .contentType(ContentType.JSON)
                .body("{\"pathwayType\": \"UNEMPLOYED\", \"teamId\": \"" + team + "\"}")
                .when()
                .post("/api/v1/referrals/{id}/accept", referral)
                .then()
                .statusCode(200)
                .extract()
                .path("pathwayId");
        return new String[] {client.toString(), pathway};
    }

    private static int status(String bearer, String path) {
        return given().header("Authorization", bearer)
                .when()
                .get(path)
                .then()
                .extract()
                .statusCode();
    }

    private static void consent(String client, String path, String types) {
        given().header("Authorization", HANDLER)
                .contentType(ContentType.JSON)
                .body("{\"organisationTypes\": " + types + "}")
                .when()
                .post("/api/v1/clients/{id}/consents" + path, client)
                .then()
                .statusCode(201);
    }

    @Test
    void aKelaAdvisorOnTheTeamSeesTheClientWhileConsentIsInForceAndTheLogHoldsBothAttempts() {
        String[] ids = clientInTeam(TestClients.registered(clients));
        String client = ids[0];
        String pathway = ids[1];

        assertEquals(404, status(kelaAdvisor, "/api/v1/pathways/" + pathway), "no consent yet");
        consent(client, "", "[\"KELA\"]");
        assertEquals(200, status(kelaAdvisor, "/api/v1/pathways/" + pathway));
        assertEquals(200, status(kelaAdvisor, "/api/v1/clients/" + client));
        assertEquals(200, status(kelaAdvisor, "/api/v1/pathways/" + pathway + "/timeline"));
        given().header("Authorization", kelaAdvisor)
                .queryParam("clientId", client)
                .when()
                .get("/api/v1/pathways")
                .then()
                .statusCode(200)
                .body("total", equalTo(1));

        consent(client, "/withdrawals", "[\"KELA\"]");
        assertEquals(404, status(kelaAdvisor, "/api/v1/pathways/" + pathway));
        assertEquals(404, status(kelaAdvisor, "/api/v1/clients/" + client));
        assertEquals(404, status(kelaAdvisor, "/api/v1/pathways/" + pathway + "/timeline"));
        assertEquals(404, status(kelaAdvisor, "/api/v1/pathways?clientId=" + client));

        String today = LocalDate.now(FinnishTime.ZONE).toString();
        JsonPath log = given().header("Authorization", AUDITOR)
                .queryParam("clientId", client)
                .queryParam("actorId", kelaAdvisorId.toString())
                .queryParam("from", today)
                .queryParam("to", today)
                .when()
                .get("/api/v1/access-log")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<Integer> statuses = log.getList("items.status", Integer.class);
        assertEquals(List.of(404, 404, 404, 404, 200, 200, 200, 200, 404), statuses, "newest first");
        assertEquals("KELA", log.getString("items[0].organisationType"));
        assertEquals("GET /api/v1/pathways/{id}", log.getString("items[3].action"));
        assertEquals(
                List.of("USE", "USE", "USE", "USE", "DISCLOSURE", "DISCLOSURE", "DISCLOSURE", "DISCLOSURE", "USE"),
                log.getList("items.kind"),
                "what Kela was shown was disclosed to Kela; a refusal showed nothing");
        assertEquals("KELA via API", log.getString("items[4].recipient"));
    }

    @Test
    void aProfessionalOfAnotherTeamGets404AndTheTeamsOwnSeeWithoutConsent() {
        String[] ids = clientInTeam(TestClients.registered(clients));
        assertEquals(404, status(otherTeam, "/api/v1/pathways/" + ids[1]));
        assertEquals(404, status(otherTeam, "/api/v1/clients/" + ids[0]));
        assertEquals(404, status(otherTeam, "/api/v1/pathways/" + ids[1] + "/plan"));
        assertEquals(404, status(otherTeam, "/api/v1/clients/" + ids[0] + "/consents"));
        given().header("Authorization", otherTeam)
                .queryParam("clientId", ids[0])
                .when()
                .get("/api/v1/pathways")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));

        assertEquals(200, status(teamMember, "/api/v1/pathways/" + ids[1]));
        assertEquals(200, status(teamMember, "/api/v1/clients/" + ids[0]));
        given().header("Authorization", teamMember)
                .queryParam("clientId", ids[0])
                .when()
                .get("/api/v1/pathways")
                .then()
                .statusCode(200)
                .body("total", equalTo(1));
    }

    @Test
    void anOutsideProfessionalListsOneClientAtATime() {
        given().header("Authorization", kelaAdvisor)
                .when()
                .get("/api/v1/pathways")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("clientId"));
    }

    @Test
    void onlyAPrivilegedRoleChangesASecurityBanAndWhoDidIsKept() {
        String[] ids = clientInTeam(TestClients.registered(clients));
        String details = """
                {"firstNames": "Maija", "lastName": "Esimerkki", "municipalityCode": "564", "preferredLanguage": "fi",
                 "securityBan": %s}""";
        given().header("Authorization", teamMember)
                .contentType(ContentType.JSON)
                .body(details.formatted("true"))
                .when()
                .put("/api/v1/clients/{id}", ids[0])
                .then()
                .statusCode(403)
                .body(
                        "detail",
                        equalTo(
                                "securityBan: only a referral handler or a team admin of the county may change a security ban"));
        given().header("Authorization", teamMember)
                .contentType(ContentType.JSON)
                .body(details.formatted("false"))
                .when()
                .put("/api/v1/clients/{id}", ids[0])
                .then()
                .statusCode(200);
        given().header("Authorization", teamAdmin)
                .contentType(ContentType.JSON)
                .body(details.formatted("true"))
                .when()
                .put("/api/v1/clients/{id}", ids[0])
                .then()
                .statusCode(200)
                .body("securityBan", equalTo(true))
                .body("securityBanChangedBy", equalTo(teamAdminId.toString()));
        given().header("Authorization", teamMember)
                .contentType(ContentType.JSON)
                .body(details.formatted("null"))
                .when()
                .put("/api/v1/clients/{id}", ids[0])
                .then()
                .statusCode(200)
                .body("securityBan", equalTo(true))
                .body("securityBanChangedBy", equalTo(teamAdminId.toString()));
    }

    @Test
    void theTeamsATokenClaimsGiveNothingOnlyTheRegistrysDo() {
        String[] ids = clientInTeam(TestClients.registered(clients));
        String claimsTheTeam = Tokens.as("raili")
                .roles(Role.TEAM_MEMBER)
                .teams(TEAM, team.toString())
                .bearer();
        assertEquals(404, status(claimsTheTeam, "/api/v1/pathways/" + ids[1]));
        assertEquals(404, status(claimsTheTeam, "/api/v1/clients/" + ids[0]));
        // The registry says this professional works for Kela: a county token gains them nothing.
        String wrongOrganisation = Tokens.as("aino")
                .roles(Role.TEAM_MEMBER)
                .professionalId(kelaAdvisorId.toString())
                .bearer();
        assertEquals(404, status(wrongOrganisation, "/api/v1/pathways/" + ids[1]));
    }

    @Test
    void whatTheCountysRegisterHoldsOnlyTheCountyRecords() {
        String[] ids = clientInTeam(TestClients.registered(clients));
        consent(ids[0], "", "[\"KELA\"]");
        assertEquals(200, status(kelaAdvisor, "/api/v1/clients/" + ids[0]));
        given().header("Authorization", kelaAdvisor)
                .contentType(ContentType.JSON)
                .body("""
                        {"firstNames": "Forged", "lastName": "Name", "municipalityCode": "564", "preferredLanguage": "fi",
                         "securityBan": false}""")
                .when()
                .put("/api/v1/clients/{id}", ids[0])
                .then()
                .statusCode(403);
        given().header("Authorization", kelaAdvisor)
                .contentType(ContentType.JSON)
                .body("{\"organisationTypes\": [\"THIRD_SECTOR\"]}")
                .when()
                .post("/api/v1/clients/{id}/consents", ids[0])
                .then()
                .statusCode(403);
        given().header("Authorization", kelaAdvisor)
                .contentType(ContentType.JSON)
                .body("{\"organisationTypes\": [\"KELA\"]}")
                .when()
                .post("/api/v1/clients/{id}/consents/withdrawals", ids[0])
                .then()
                .statusCode(403);
        given().header("Authorization", kelaAdvisor)
                .contentType(ContentType.JSON)
                .body("{\"outcome\": \"EMPLOYED_OPEN_MARKET\"}")
                .when()
                .post("/api/v1/pathways/{id}/close", ids[1])
                .then()
                .statusCode(403);
        given().header("Authorization", HANDLER)
                .when()
                .get("/api/v1/clients/{id}", ids[0])
                .then()
                .statusCode(200)
                .body("firstNames", equalTo("Maija"));
    }

    @Test
    void anOutsideOrganisationRefersAsItself() {
        UUID client = TestClients.registered(clients);
        String referral = """
                {"clientId": "%s", "source": "%s", "referringOrganisation": "Kela", "reasons": ["WORK_ABILITY_UNCLEAR"],
                 "labourMarketStatus": "EMPLOYED"}""";
        for (String other : List.of("TYP", "SOTE_CENTRE", "EMPLOYMENT_SERVICES")) {
            given().header("Authorization", kelaAdvisor)
                    .contentType(ContentType.JSON)
                    .body(referral.formatted(client, other))
                    .when()
                    .post("/api/v1/referrals")
                    .then()
                    .statusCode(422)
                    .body("type", equalTo("https://polku.fi/problems/rule/own-source"))
                    .body("errors[0].field", equalTo("source"));
        }
        String teIntegration = Tokens.as("te-integration")
                .professionalId(null)
                .roles(Role.INTEGRATION_EMPLOYMENT)
                .organisation("EMPLOYMENT_SERVICES")
                .bearer();
        given().header("Authorization", teIntegration)
                .contentType(ContentType.JSON)
                .body(referral.formatted(client, "KELA"))
                .when()
                .post("/api/v1/referrals")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("source"));
        given().header("Authorization", kelaAdvisor)
                .contentType(ContentType.JSON)
                .body(referral.formatted(client, "KELA"))
                .when()
                .post("/api/v1/referrals")
                .then()
                .statusCode(201)
                .body("status", equalTo("RECEIVED"))
                .body("ageGroup", org.hamcrest.Matchers.nullValue())
                .body("municipalityCode", org.hamcrest.Matchers.nullValue());
        given().header("Authorization", HANDLER)
                .contentType(ContentType.JSON)
                .body(referral.formatted(client, "TYP"))
                .when()
                .post("/api/v1/referrals")
                .then()
                .statusCode(201);
    }

    @Test
    void aRefusalForTheRoleIsLoggedUnderTheClientThePathLeadsTo() {
        String[] ids = clientInTeam(TestClients.registered(clients));
        String manager = Tokens.as("markku").roles(Role.MANAGER).bearer();
        assertEquals(403, status(manager, "/api/v1/clients/" + ids[0]));
        assertEquals(403, status(manager, "/api/v1/pathways/" + ids[1]));
        assertEquals(403, status(manager, "/api/v1/pathways/" + ids[1] + "/timeline"));
        String today = LocalDate.now(FinnishTime.ZONE).toString();
        JsonPath log = given().header("Authorization", AUDITOR)
                .queryParam("clientId", ids[0])
                .queryParam("actorId", "p-markku")
                .queryParam("from", today)
                .queryParam("to", today)
                .when()
                .get("/api/v1/access-log")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(List.of(403, 403, 403), log.getList("items.status", Integer.class));
        assertEquals(
                List.of(
                        "GET /api/v1/pathways/{pathwayId}/timeline",
                        "GET /api/v1/pathways/{id}",
                        "GET /api/v1/clients/{id}"),
                log.getList("items.action"));
    }

    @Test
    void aWriteWhoseAccessLogRowCannotBeWrittenLeavesTheClientAsItWas() throws Exception {
        String[] ids = clientInTeam(TestClients.registered(clients));
        UUID unloggable = TestTeams.countyMember(team);
        String writer = Tokens.as("unloggable")
                .roles(Role.TEAM_MEMBER)
                .professionalId(unloggable.toString())
                .bearer();
        try (AutoCloseable refusing = PostgresDatabase.accessLogRefusing(unloggable.toString())) {
            given().header("Authorization", writer)
                    .contentType(ContentType.JSON)
                    .body("""
                            {"firstNames": "Changed", "lastName": "Unlogged", "municipalityCode": "564",
                             "preferredLanguage": "fi", "securityBan": false}""")
                    .when()
                    .put("/api/v1/clients/{id}", ids[0])
                    .then()
                    .statusCode(503)
                    .header("Retry-After", "2");
        }
        given().header("Authorization", HANDLER)
                .when()
                .get("/api/v1/clients/{id}", ids[0])
                .then()
                .statusCode(200)
                .body("firstNames", equalTo("Maija"))
                .body("lastName", equalTo("Esimerkki"));
        String today = LocalDate.now(FinnishTime.ZONE).toString();
        given().header("Authorization", AUDITOR)
                .queryParam("actorId", unloggable.toString())
                .queryParam("from", today)
                .queryParam("to", today)
                .when()
                .get("/api/v1/access-log")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }
}
