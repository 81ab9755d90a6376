package fi.polku.referral.pathway;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import fi.polku.platform.testing.PolkuTest;
import fi.polku.platform.testing.TestOutbox;
import fi.polku.platform.testing.Tokens;
import fi.polku.referral.TestApi;
import fi.polku.referral.client.ClientService;
import fi.polku.referral.client.TestClients;
import fi.polku.referral.referral.TestReferrals;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@PolkuTest
class PathwayResourceTest {

    private static final String PROFESSIONAL = Tokens.bearer("liisa", "referral-handler", "team-member");
    private static final String CLOSE = """
            {"outcome": "EMPLOYED_SUBSIDISED", "feedback": {"score": 4, "text": "Sain apua nopeasti."}}""";

    @Inject
    ClientService clients;

    @Inject
    EntityManager em;

    private static String receive(UUID client) {
        String body = """
                {"clientId": "%s", "source": "SELF", "referringOrganisation": "Asiakas", "reasons": ["WORK_ABILITY_UNCLEAR"], "labourMarketStatus": "EMPLOYED"}""".formatted(client);
        return TestReferrals.received(PROFESSIONAL, body).getString("id");
    }

    private static ValidatableResponse post(String id, String path, String body) {
        return TestApi.post(PROFESSIONAL, body, path, id);
    }

    private static ValidatableResponse get(String path, Object... pathParams) {
        return TestApi.get(PROFESSIONAL, path, pathParams);
    }

    private List<String> eventTypes(String pathwayId) {
        return TestOutbox.typesAbout(em, UUID.fromString(pathwayId));
    }

    @Test
    void aClosedPathwayIsReadOnlyUntilReopenedOnRecord() {
        UUID client = TestClients.registered(clients);
        String pathway = TestPathways.open(client)[1];
        String pendingReferral = receive(client);

        post(pathway, "/api/v1/pathways/{id}/close", CLOSE)
                .statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("outcome", equalTo("EMPLOYED_SUBSIDISED"))
                .body("feedbackScore", equalTo(4));
        String closedPayload = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                        "select cast(payload as text) from outbox_event where aggregate_id = ?1 and type = 'fi.polku.pathway.closed.v1'")
                .setParameter(1, UUID.fromString(pathway))
                .getSingleResult());
        assertFalse(closedPayload.contains("Sain apua"), "the client's words stay in referral-service");

        post(pathway, "/api/v1/pathways/{id}/close", CLOSE.replace("EMPLOYED_SUBSIDISED", "EDUCATION"))
                .statusCode(409)
                .contentType("application/problem+json");
        post(pendingReferral, "/api/v1/referrals/{id}/accept", "{\"pathwayType\": \"UNEMPLOYED\", \"area\": \"Oulu\"}")
                .statusCode(409)
                .body("detail", containsString("has closed"));

        post(pathway, "/api/v1/pathways/{id}/reopen", "{\"reason\": \"Työsuhde päättyi koeajalla.\"}")
                .statusCode(200)
                .body("status", equalTo("OPEN"))
                .body("outcome", equalTo(null))
                .body("reopenings", hasSize(1))
                .body("reopenings[0].previousOutcome", equalTo("EMPLOYED_SUBSIDISED"))
                .body("reopenings[0].reopenedBy", equalTo("p-liisa"));
        assertEquals(
                List.of(
                        "fi.polku.referral.received.v1",
                        "fi.polku.pathway.opened.v1",
                        "fi.polku.referral.accepted.v1",
                        "fi.polku.referral.received.v1",
                        "fi.polku.pathway.closed.v1",
                        "fi.polku.pathway.reopened.v1"),
                eventTypes(pathway));
        post(pathway, "/api/v1/pathways/{id}/reopen", "{\"reason\": \"again\"}").statusCode(409);
    }

    @Test
    void aPathwayCannotReopenWhileTheClientHasAnotherOpenOne() {
        UUID client = TestClients.registered(clients);
        String first = TestPathways.open(client)[1];
        post(first, "/api/v1/pathways/{id}/close", "{\"outcome\": \"MOVED_AWAY\"}")
                .statusCode(200);
        String second = TestPathways.open(client)[1];

        post(first, "/api/v1/pathways/{id}/reopen", "{\"reason\": \"Palasi paikkakunnalle\"}")
                .statusCode(409)
                .body("detail", containsString("another open pathway"));
        get("/api/v1/pathways/{id}", first).body("status", equalTo("CLOSED")).body("reopenings", hasSize(0));
        get("/api/v1/pathways/{id}", second).body("status", equalTo("OPEN"));
    }

    @Test
    void badCloseAndReopenRequestsNameTheField() {
        String pathway = TestPathways.open(TestClients.registered(clients))[1];
        post(pathway, "/api/v1/pathways/{id}/close", "{\"outcome\": \"RETIRED\"}")
                .statusCode(400)
                .body("errors[0].field", equalTo("outcome"));
        post(pathway, "/api/v1/pathways/{id}/close", "{\"outcome\": \"OTHER\", \"feedback\": {\"score\": 6}}")
                .statusCode(400)
                .body("errors[0].field", equalTo("feedback.score"));
        post(pathway, "/api/v1/pathways/{id}/reopen", "{}").statusCode(400).body("errors[0].field", equalTo("reason"));
        post(pathway, "/api/v1/pathways/{id}/reopen", "{\"reason\": \"x\"}")
                .statusCode(409)
                .body("detail", containsString("only a closed pathway"));
        post(pathway, "/api/v1/pathways/{id}/close", "{}").statusCode(400).body("errors[0].field", equalTo("outcome"));
        post(UUID.randomUUID().toString(), "/api/v1/pathways/{id}/close", "{\"outcome\": \"OTHER\"}")
                .statusCode(404);
        get("/api/v1/pathways/{id}", pathway).body("status", equalTo("OPEN"));
    }

    @Test
    void pathwaysAreListedFilteredInAStableOrderWithTheirTotal() {
        UUID client = TestClients.registered(clients);
        String first = TestPathways.open(client)[1];
        post(first, "/api/v1/pathways/{id}/close", "{\"outcome\": \"EDUCATION\"}")
                .statusCode(200);
        String second = TestPathways.open(client)[1];

        List<String> all = get("/api/v1/pathways?clientId=" + client)
                .statusCode(200)
                .body("total", equalTo(2))
                .extract()
                .jsonPath()
                .getList("items.id");
        assertEquals(List.of(second, first), all);
        get("/api/v1/pathways?sort=openedAt&status=CLOSED&type=UNEMPLOYED&area=oulu&clientId=" + client)
                .statusCode(200)
                .body("items.id", equalTo(List.of(first)))
                .body("items[0].outcome", equalTo("EDUCATION"));
        get("/api/v1/pathways?status=ENDED").statusCode(400).body("errors[0].field", equalTo("status"));
        get("/api/v1/pathways?openedTo=31.12.2026").statusCode(400).body("errors[0].field", equalTo("openedTo"));
    }
}
