package fi.polku.referral.pathway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.polku.platform.FinnishTime;
import fi.polku.platform.security.Role;
import fi.polku.platform.testing.PolkuTest;
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
    private static final String KELA_ADVISOR = Tokens.as("aino").roles(Role.TEAM_MEMBER).organisation("KELA")
            .teams(TEAM).bearer();
    private static final String TEAM_MEMBER = Tokens.as("tiina").roles(Role.TEAM_MEMBER).teams(TEAM).bearer();
    private static final String OTHER_TEAM = Tokens.as("olli").roles(Role.TEAM_MEMBER).teams("Kempele").bearer();
    private static final String TEAM_ADMIN = Tokens.as("aija").roles(Role.TEAM_ADMIN).teams(TEAM).bearer();
    private static final String AUDITOR = Tokens.as("auditti").roles(Role.AUDITOR).bearer();

    @Inject
    ClientService clients;

    /** A registered client with a pathway accepted into {@link #TEAM}; returns [clientId, pathwayId]. */
    private static String[] clientInTeam(UUID client) {
        String referral = given().header("Authorization", HANDLER).contentType(ContentType.JSON).body("""
                {"clientId": "%s", "source": "KELA", "referringOrganisation": "Kela", "reasons": ["WORK_ABILITY_UNCLEAR"],
                 "labourMarketStatus": "EMPLOYED"}""".formatted(client))
                .when().post("/api/v1/referrals").then().statusCode(201).extract().path("id");
        String pathway = given().header("Authorization", HANDLER).contentType(ContentType.JSON)
                .body("{\"pathwayType\": \"UNEMPLOYED\", \"teamId\": \"" + TestTeams.registered(TEAM, "Oulu") + "\"}")
                .when().post("/api/v1/referrals/{id}/accept", referral).then().statusCode(200).extract().path("pathwayId");
        return new String[] {client.toString(), pathway};
    }

    private static int status(String bearer, String path) {
        return given().header("Authorization", bearer).when().get(path).then().extract().statusCode();
    }

    private static void consent(String client, String path, String types) {
        given().header("Authorization", HANDLER).contentType(ContentType.JSON)
                .body("{\"organisationTypes\": " + types + "}")
                .when().post("/api/v1/clients/{id}/consents" + path, client).then().statusCode(201);
    }

    @Test
    void aKelaAdvisorOnTheTeamSeesTheClientWhileConsentIsInForceAndTheLogHoldsBothAttempts() {
        String[] ids = clientInTeam(TestClients.registered(clients));
        String client = ids[0];
        String pathway = ids[1];

        assertEquals(404, status(KELA_ADVISOR, "/api/v1/pathways/" + pathway), "no consent yet");
        consent(client, "", "[\"KELA\"]");
        assertEquals(200, status(KELA_ADVISOR, "/api/v1/pathways/" + pathway));
        assertEquals(200, status(KELA_ADVISOR, "/api/v1/clients/" + client));
        assertEquals(200, status(KELA_ADVISOR, "/api/v1/pathways/" + pathway + "/timeline"));
        given().header("Authorization", KELA_ADVISOR).queryParam("clientId", client)
                .when().get("/api/v1/pathways").then().statusCode(200).body("total", equalTo(1));

        consent(client, "/withdrawals", "[\"KELA\"]");
        assertEquals(404, status(KELA_ADVISOR, "/api/v1/pathways/" + pathway));
        assertEquals(404, status(KELA_ADVISOR, "/api/v1/clients/" + client));
        assertEquals(404, status(KELA_ADVISOR, "/api/v1/pathways/" + pathway + "/timeline"));
        assertEquals(404, status(KELA_ADVISOR, "/api/v1/pathways?clientId=" + client));

        String today = LocalDate.now(FinnishTime.ZONE).toString();
        JsonPath log = given().header("Authorization", AUDITOR).queryParam("clientId", client)
                .queryParam("actorId", "p-aino").queryParam("from", today).queryParam("to", today)
                .when().get("/api/v1/access-log").then().statusCode(200).extract().jsonPath();
        List<Integer> statuses = log.getList("items.status", Integer.class);
        assertEquals(List.of(404, 404, 404, 404, 200, 200, 200, 200, 404), statuses, "newest first");
        assertEquals("KELA", log.getString("items[0].organisationType"));
        assertEquals("GET /api/v1/pathways/{id}", log.getString("items[3].action"));
    }

    @Test
    void aProfessionalOfAnotherTeamGets404AndTheTeamsOwnSeeWithoutConsent() {
        String[] ids = clientInTeam(TestClients.registered(clients));
        assertEquals(404, status(OTHER_TEAM, "/api/v1/pathways/" + ids[1]));
        assertEquals(404, status(OTHER_TEAM, "/api/v1/clients/" + ids[0]));
        assertEquals(404, status(OTHER_TEAM, "/api/v1/pathways/" + ids[1] + "/plan"));
        assertEquals(404, status(OTHER_TEAM, "/api/v1/clients/" + ids[0] + "/consents"));
        given().header("Authorization", OTHER_TEAM).queryParam("clientId", ids[0])
                .when().get("/api/v1/pathways").then().statusCode(200).body("total", equalTo(0));

        assertEquals(200, status(TEAM_MEMBER, "/api/v1/pathways/" + ids[1]));
        assertEquals(200, status(TEAM_MEMBER, "/api/v1/clients/" + ids[0]));
        given().header("Authorization", TEAM_MEMBER).queryParam("clientId", ids[0])
                .when().get("/api/v1/pathways").then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void anOutsideProfessionalListsOneClientAtATime() {
        given().header("Authorization", KELA_ADVISOR).when().get("/api/v1/pathways")
                .then().statusCode(400).body("errors[0].field", equalTo("clientId"));
    }

    @Test
    void onlyAPrivilegedRoleChangesASecurityBanAndWhoDidIsKept() {
        String[] ids = clientInTeam(TestClients.registered(clients));
        String details = """
                {"firstNames": "Maija", "lastName": "Esimerkki", "municipalityCode": "564", "preferredLanguage": "fi",
                 "securityBan": %s}""";
        given().header("Authorization", TEAM_MEMBER).contentType(ContentType.JSON).body(details.formatted("true"))
                .when().put("/api/v1/clients/{id}", ids[0])
                .then().statusCode(403).body("detail", equalTo(
                        "securityBan: only a referral handler or a team admin of the county may change a security ban"));
        given().header("Authorization", TEAM_MEMBER).contentType(ContentType.JSON).body(details.formatted("false"))
                .when().put("/api/v1/clients/{id}", ids[0]).then().statusCode(200);
        given().header("Authorization", TEAM_ADMIN).contentType(ContentType.JSON).body(details.formatted("true"))
                .when().put("/api/v1/clients/{id}", ids[0])
                .then().statusCode(200).body("securityBan", equalTo(true)).body("securityBanChangedBy", equalTo("p-aija"));
        given().header("Authorization", TEAM_MEMBER).contentType(ContentType.JSON).body(details.formatted("null"))
                .when().put("/api/v1/clients/{id}", ids[0])
                .then().statusCode(200).body("securityBan", equalTo(true)).body("securityBanChangedBy", equalTo("p-aija"));
    }
}
