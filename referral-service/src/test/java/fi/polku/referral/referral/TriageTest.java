package fi.polku.referral.referral;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.polku.platform.testing.PolkuTest;
import fi.polku.platform.testing.TestOutbox;
import fi.polku.platform.testing.Tokens;
import fi.polku.referral.TestApi;
import fi.polku.referral.client.ClientService;
import fi.polku.referral.client.TestClients;
import fi.polku.referral.team.TestTeams;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@PolkuTest
class TriageTest {

    private static final String PROFESSIONAL = Tokens.bearer("liisa", "referral-handler", "team-member");
    private static final String INTEGRATION = Tokens.as("te-integration")
            .roles("integration-employment")
            .organisation("EMPLOYMENT_SERVICES")
            .bearer();
    private static UUID ouluKeskusta;

    @Inject
    ClientService clients;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    /** Accepting into "Oulu keskusta", a team the registry announced once for this class. */
    private static String accept() {
        if (ouluKeskusta == null) {
            ouluKeskusta = TestTeams.registered("Oulu keskusta", "Oulu");
        }
        return "{\"pathwayType\": \"UNEMPLOYED\", \"teamId\": \"" + ouluKeskusta + "\"}";
    }

    private static String[] receive(UUID clientId) {
        String referral = """
                {"clientId": "%s", "source": "EMPLOYMENT_SERVICES", "referringOrganisation": "TE", "reasons": ["WORK_ABILITY_UNCLEAR"], "labourMarketStatus": "EMPLOYED"}""".formatted(clientId);
        var body = TestReferrals.received(PROFESSIONAL, referral);
        return new String[] {body.getString("id"), body.getString("pathwayId")};
    }

    private static io.restassured.response.ValidatableResponse decide(String referralId, String action, String body) {
        return TestApi.post(PROFESSIONAL, body, "/api/v1/referrals/{id}/" + action, referralId);
    }

    /** The types of the outbox rows of a pathway, in publishing order. */
    private List<String> eventTypes(String pathwayId) {
        return TestOutbox.typesAbout(em, UUID.fromString(pathwayId));
    }

    private JsonNode payload(String pathwayId, String type) throws Exception {
        String text = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                        "select cast(payload as text) from outbox_event where aggregate_id = ?1 and type = ?2")
                .setParameter(1, UUID.fromString(pathwayId))
                .setParameter(2, type)
                .getSingleResult());
        return json.readTree(text);
    }

    @Test
    void acceptingOpensThePathwayOnceAndLaterReferralsJoinIt() throws Exception {
        UUID client = TestClients.registered(clients);
        String[] first = receive(client);
        decide(first[0], "accept", accept())
                .statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .body("pathwayType", equalTo("UNEMPLOYED"))
                .body("assignedTeam", equalTo("Oulu keskusta"))
                .body("assignedTeamId", equalTo(ouluKeskusta.toString()))
                .body("assignedArea", equalTo("Oulu"));

        assertEquals(
                List.of("fi.polku.referral.received.v1", "fi.polku.pathway.opened.v1", "fi.polku.referral.accepted.v1"),
                eventTypes(first[1]));
        JsonNode opened = payload(first[1], "fi.polku.pathway.opened.v1");
        assertEquals(client.toString(), opened.get("clientId").asText());
        assertEquals("564", opened.get("municipalityCode").asText());
        assertEquals("UNEMPLOYED", opened.get("pathwayType").asText());
        assertEquals(ouluKeskusta.toString(), opened.get("teamId").asText());
        assertEquals("Oulu keskusta", opened.get("team").asText());
        assertTrue(opened.get("ageGroup").asText().startsWith("AGE_"));

        String[] second = receive(client);
        assertEquals(first[1], second[1], "a referral of a client with an open pathway belongs to it");
        decide(second[0], "accept", accept()).statusCode(200);
        assertEquals(
                List.of(
                        "fi.polku.referral.received.v1",
                        "fi.polku.pathway.opened.v1",
                        "fi.polku.referral.accepted.v1",
                        "fi.polku.referral.received.v1",
                        "fi.polku.referral.accepted.v1"),
                eventTypes(first[1]));
    }

    @Test
    void aSecondOpenPathwayIsA409AndChangesNothing() {
        UUID client = TestClients.registered(clients);
        String[] first = receive(client);
        String[] second = receive(client);
        decide(first[0], "accept", accept()).statusCode(200);

        decide(second[0], "accept", accept())
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("would open a second one"));
        TestApi.get(PROFESSIONAL, "/api/v1/referrals/{id}", second[0]).body("status", equalTo("RECEIVED"));
        assertEquals(List.of("fi.polku.referral.received.v1"), eventTypes(second[1]));
    }

    @Test
    void rejectingIsFinalAndTravelsCoded() throws Exception {
        UUID client = TestClients.registered(clients);
        String[] referral = receive(client);
        decide(referral[0], "reject", """
                {"reason": "NEEDS_OTHER_SERVICE", "redirection": "MENTAL_HEALTH_SERVICES", "note": "Poliklinikka X"}""")
                .statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("triageNote", equalTo("Poliklinikka X"));
        JsonNode rejected = payload(referral[1], "fi.polku.referral.rejected.v1");
        assertEquals("MENTAL_HEALTH_SERVICES", rejected.get("redirection").asText());
        assertTrue(!rejected.toString().contains("Poliklinikka"), "the note stays in referral-service");

        decide(referral[0], "accept", accept()).statusCode(409).body("detail", containsString("already REJECTED"));
        decide(referral[0], "reject", """
                {"reason": "OTHER", "redirection": "NONE"}""").statusCode(409);
        assertEquals(
                List.of("fi.polku.referral.received.v1", "fi.polku.referral.rejected.v1"), eventTypes(referral[1]));
    }

    @Test
    void aReferralCanWaitForInformationAndThenBeAccepted() {
        String[] referral = receive(TestClients.registered(clients));
        decide(referral[0], "information-request", """
                {"question": "Onko kuntoutussuunnitelmaa?"}""")
                .statusCode(200)
                .body("status", equalTo("MORE_INFORMATION_REQUESTED"))
                .body("informationRequested", equalTo("Onko kuntoutussuunnitelmaa?"));
        assertEquals(List.of("fi.polku.referral.received.v1"), eventTypes(referral[1]));
        decide(referral[0], "accept", accept()).statusCode(200).body("status", equalTo("ACCEPTED"));
    }

    @Test
    void aSecurityBanKeepsTheMunicipalityOutOfPathwayOpened() throws Exception {
        UUID client = TestClients.register(clients, TestClients.freshCode(), "564", true).id;
        String[] referral = receive(client);
        decide(referral[0], "accept", accept()).statusCode(200);
        assertTrue(payload(referral[1], "fi.polku.pathway.opened.v1")
                .get("municipalityCode")
                .isNull());
    }

    @Test
    void triageAssignsAnActiveWorkAbilityTeamOfTheRegistryInItsArea() {
        String[] referral = receive(TestClients.registered(clients));
        String unknown = "{\"pathwayType\": \"UNEMPLOYED\", \"teamId\": \"" + UUID.randomUUID() + "\"}";
        decide(referral[0], "accept", unknown)
                .statusCode(422)
                .body("type", equalTo("https://polku.fi/problems/rule/known-team"))
                .body("errors[0].field", equalTo("teamId"));
        UUID team = TestTeams.registered("Kempele", "Oulun eteläinen");
        Instant later = Instant.now().plusSeconds(60);
        TestTeams.announce(team, "Kempele", "Oulun eteläinen", "WORK_ABILITY_TEAM", false, later);
        String toTeam = "{\"pathwayType\": \"UNEMPLOYED\", \"teamId\": \"" + team + "\"}";
        decide(referral[0], "accept", toTeam).statusCode(422).body("errors[0].field", equalTo("teamId"));
        TestTeams.announce(team, "Kempele", "Oulun eteläinen", "WORK_ABILITY_TEAM", true, later.minusSeconds(30));
        decide(referral[0], "accept", toTeam)
                .statusCode(422)
                .body("detail", containsString("active work-ability team"));
        UUID centre = TestTeams.announce(
                UUID.randomUUID(), "Osaamiskeskus", "Pohjois-Pohjanmaa", "COMPETENCE_CENTRE", true, Instant.now());
        decide(referral[0], "accept", "{\"pathwayType\": \"UNEMPLOYED\", \"teamId\": \"" + centre + "\"}")
                .statusCode(422);
        TestTeams.announce(team, "Kempele", "Oulun eteläinen", "WORK_ABILITY_TEAM", true, later.plusSeconds(30));
        decide(
                        referral[0],
                        "accept",
                        "{\"pathwayType\": \"UNEMPLOYED\", \"area\": \"Oulu\", \"teamId\": \"" + team + "\"}")
                .statusCode(422)
                .body("type", equalTo("https://polku.fi/problems/rule/team-in-area"));
        decide(
                        referral[0],
                        "accept",
                        "{\"pathwayType\": \"UNEMPLOYED\", \"area\": \"oulun ETELÄINEN\", \"teamId\": \"" + team
                                + "\"}")
                .statusCode(200)
                .body("assignedArea", equalTo("Oulun eteläinen"))
                .body("assignedTeam", equalTo("Kempele"));
    }

    @Test
    void badDecisionsAre4xxNamingTheField() {
        String[] referral = receive(TestClients.registered(clients));
        decide(referral[0], "accept", "{\"pathwayType\": \"RETIRED\", \"area\": \"Oulu\"}")
                .statusCode(400)
                .body("errors[0].field", equalTo("pathwayType"));
        decide(referral[0], "accept", "{\"pathwayType\": \"UNEMPLOYED\"}")
                .statusCode(400)
                .body("errors[0].field", equalTo("area"));
        decide(referral[0], "reject", "{\"reason\": \"OTHER\"}")
                .statusCode(400)
                .body("errors[0].field", equalTo("redirection"));
        decide(referral[0], "information-request", "{}").statusCode(400).body("errors[0].field", equalTo("question"));
        decide(UUID.randomUUID().toString(), "accept", accept()).statusCode(404);
        TestApi.post(INTEGRATION, accept(), "/api/v1/referrals/{id}/accept", referral[0])
                .statusCode(403);
        TestApi.get(PROFESSIONAL, "/api/v1/referrals/{id}", referral[0]).body("status", equalTo("RECEIVED"));
    }
}
