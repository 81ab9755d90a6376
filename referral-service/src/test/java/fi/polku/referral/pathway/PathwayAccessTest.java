package fi.polku.referral.pathway;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.polku.platform.FinnishTime;
import fi.polku.platform.security.Role;
import fi.polku.platform.testing.PolkuTest;
import fi.polku.platform.testing.PostgresDatabase;
import fi.polku.platform.testing.Tokens;
import fi.polku.referral.TestApi;
import fi.polku.referral.client.ClientService;
import fi.polku.referral.client.TestClients;
import fi.polku.referral.team.TestTeams;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
        return new String[] {client.toString(), TestPathways.openInTeam(client, team)[1]};
    }

    private static int status(String bearer, String path) {
        return TestApi.get(bearer, path).extract().statusCode();
    }

    private static void consent(String client, String path, String types) {
        TestApi.post(HANDLER, "{\"organisationTypes\": " + types + "}", "/api/v1/clients/{id}/consents" + path, client)
                .statusCode(201);
    }

    /** The pathways of {@code client} that {@code bearer} is shown. */
    private static ValidatableResponse pathwaysOf(String bearer, String client) {
        return TestApi.as(bearer)
                .queryParam("clientId", client)
                .when()
                .get("/api/v1/pathways")
                .then();
    }

    /** Today's access log as the auditor reads it, narrowed by {@code filter} (clientId, actorId). */
    private static ValidatableResponse todaysLog(Map<String, String> filter) {
        String today = LocalDate.now(FinnishTime.ZONE).toString();
        return TestApi.as(AUDITOR)
                .queryParams(filter)
                .queryParam("from", today)
                .queryParam("to", today)
                .when()
                .get("/api/v1/access-log")
                .then()
                .statusCode(200);
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
        pathwaysOf(kelaAdvisor, client).statusCode(200).body("total", equalTo(1));

        consent(client, "/withdrawals", "[\"KELA\"]");
        assertEquals(404, status(kelaAdvisor, "/api/v1/pathways/" + pathway));
        assertEquals(404, status(kelaAdvisor, "/api/v1/clients/" + client));
        assertEquals(404, status(kelaAdvisor, "/api/v1/pathways/" + pathway + "/timeline"));
        assertEquals(404, status(kelaAdvisor, "/api/v1/pathways?clientId=" + client));

        JsonPath log = todaysLog(Map.of("clientId", client, "actorId", kelaAdvisorId.toString()))
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
        pathwaysOf(otherTeam, ids[0]).statusCode(200).body("total", equalTo(0));

        assertEquals(200, status(teamMember, "/api/v1/pathways/" + ids[1]));
        assertEquals(200, status(teamMember, "/api/v1/clients/" + ids[0]));
        pathwaysOf(teamMember, ids[0]).statusCode(200).body("total", equalTo(1));
    }

    @Test
    void anOutsideProfessionalListsOneClientAtATime() {
        TestApi.get(kelaAdvisor, "/api/v1/pathways").statusCode(400).body("errors[0].field", equalTo("clientId"));
    }

    @Test
    void onlyAPrivilegedRoleChangesASecurityBanAndWhoDidIsKept() {
        String[] ids = clientInTeam(TestClients.registered(clients));
        String details = """
                {"firstNames": "Maija", "lastName": "Esimerkki", "municipalityCode": "564", "preferredLanguage": "fi",
                 "securityBan": %s}""";
        TestApi.put(teamMember, details.formatted("true"), "/api/v1/clients/{id}", ids[0])
                .statusCode(403)
                .body(
                        "detail",
                        equalTo(
                                "securityBan: only a referral handler or a team admin of the county may change a security ban"));
        TestApi.put(teamMember, details.formatted("false"), "/api/v1/clients/{id}", ids[0])
                .statusCode(200);
        TestApi.put(teamAdmin, details.formatted("true"), "/api/v1/clients/{id}", ids[0])
                .statusCode(200)
                .body("securityBan", equalTo(true))
                .body("securityBanChangedBy", equalTo(teamAdminId.toString()));
        TestApi.put(teamMember, details.formatted("null"), "/api/v1/clients/{id}", ids[0])
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
        String forged = """
                {"firstNames": "Forged", "lastName": "Name", "municipalityCode": "564", "preferredLanguage": "fi",
                 "securityBan": false}""";
        TestApi.put(kelaAdvisor, forged, "/api/v1/clients/{id}", ids[0]).statusCode(403);
        TestApi.post(
                        kelaAdvisor,
                        "{\"organisationTypes\": [\"THIRD_SECTOR\"]}",
                        "/api/v1/clients/{id}/consents",
                        ids[0])
                .statusCode(403);
        TestApi.post(
                        kelaAdvisor,
                        "{\"organisationTypes\": [\"KELA\"]}",
                        "/api/v1/clients/{id}/consents/withdrawals",
                        ids[0])
                .statusCode(403);
        TestApi.post(kelaAdvisor, "{\"outcome\": \"EMPLOYED_OPEN_MARKET\"}", "/api/v1/pathways/{id}/close", ids[1])
                .statusCode(403);
        TestApi.get(HANDLER, "/api/v1/clients/{id}", ids[0]).statusCode(200).body("firstNames", equalTo("Maija"));
    }

    @Test
    void anOutsideOrganisationRefersAsItself() {
        UUID client = TestClients.registered(clients);
        String referral = """
                {"clientId": "%s", "source": "%s", "referringOrganisation": "Kela", "reasons": ["WORK_ABILITY_UNCLEAR"],
                 "labourMarketStatus": "EMPLOYED"}""";
        for (String other : List.of("TYP", "SOTE_CENTRE", "EMPLOYMENT_SERVICES")) {
            TestApi.post(kelaAdvisor, referral.formatted(client, other), "/api/v1/referrals")
                    .statusCode(422)
                    .body("type", equalTo("https://polku.fi/problems/rule/own-source"))
                    .body("errors[0].field", equalTo("source"));
        }
        String teIntegration = Tokens.as("te-integration")
                .professionalId(null)
                .roles(Role.INTEGRATION_EMPLOYMENT)
                .organisation("EMPLOYMENT_SERVICES")
                .bearer();
        TestApi.post(teIntegration, referral.formatted(client, "KELA"), "/api/v1/referrals")
                .statusCode(422)
                .body("errors[0].field", equalTo("source"));
        TestApi.post(kelaAdvisor, referral.formatted(client, "KELA"), "/api/v1/referrals")
                .statusCode(201)
                .body("status", equalTo("RECEIVED"))
                .body("ageGroup", org.hamcrest.Matchers.nullValue())
                .body("municipalityCode", org.hamcrest.Matchers.nullValue());
        TestApi.post(HANDLER, referral.formatted(client, "TYP"), "/api/v1/referrals")
                .statusCode(201);
    }

    @Test
    void aRefusalForTheRoleIsLoggedUnderTheClientThePathLeadsTo() {
        String[] ids = clientInTeam(TestClients.registered(clients));
        String manager = Tokens.as("markku").roles(Role.MANAGER).bearer();
        assertEquals(403, status(manager, "/api/v1/clients/" + ids[0]));
        assertEquals(403, status(manager, "/api/v1/pathways/" + ids[1]));
        assertEquals(403, status(manager, "/api/v1/pathways/" + ids[1] + "/timeline"));
        JsonPath log = todaysLog(Map.of("clientId", ids[0], "actorId", "p-markku"))
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
            String changed = """
                    {"firstNames": "Changed", "lastName": "Unlogged", "municipalityCode": "564",
                     "preferredLanguage": "fi", "securityBan": false}""";
            TestApi.put(writer, changed, "/api/v1/clients/{id}", ids[0])
                    .statusCode(503)
                    .header("Retry-After", "2");
        }
        TestApi.get(HANDLER, "/api/v1/clients/{id}", ids[0])
                .statusCode(200)
                .body("firstNames", equalTo("Maija"))
                .body("lastName", equalTo("Esimerkki"));
        todaysLog(Map.of("actorId", unloggable.toString())).body("total", equalTo(0));
    }
}
