package fi.polku.referral.plan;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import fi.polku.platform.testing.PolkuTest;
import fi.polku.platform.testing.Tokens;
import fi.polku.referral.TestApi;
import fi.polku.referral.client.ClientService;
import fi.polku.referral.client.TestClients;
import fi.polku.referral.pathway.TestPathways;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@PolkuTest
class PlanResourceTest {

    private static final String PROFESSIONAL = Tokens.bearer("liisa", "referral-handler", "team-member");

    @Inject
    ClientService clients;

    private static ValidatableResponse put(Object pathway, String body) {
        return TestApi.put(PROFESSIONAL, body, "/api/v1/pathways/{id}/plan", pathway);
    }

    private static String plan(int basedOn, String goal) {
        return """
                {"basedOnVersion": %d, "goals": ["%s"], "agreedServices": [{"serviceType": "WORK_ABILITY_ASSESSMENT",
                 "responsibleOrganisation": "Oulun sote-keskus", "targetDate": "2026-05-31"}]}""".formatted(basedOn, goal);
    }

    @Test
    void everyChangeIsANewVersionAndTheHistoryIsKept() {
        String pathway = TestPathways.open(TestClients.registered(clients))[1];
        TestApi.get(PROFESSIONAL, "/api/v1/pathways/{id}/plan", pathway).statusCode(404);

        put(pathway, plan(0, "Työkyvyn selvittäminen"))
                .statusCode(200)
                .body("version", equalTo(1))
                .body("createdBy", equalTo("p-liisa"))
                .body("agreedServices[0].responsibleOrganisation", equalTo("Oulun sote-keskus"));
        put(pathway, plan(1, "Paluu työelämään")).statusCode(200).body("version", equalTo(2));
        put(pathway, plan(1, "Kilpaileva muutos"))
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("version 2"));

        TestApi.get(PROFESSIONAL, "/api/v1/pathways/{id}/plan", pathway)
                .statusCode(200)
                .body("version", equalTo(2))
                .body("goals[0]", equalTo("Paluu työelämään"));
        TestApi.get(PROFESSIONAL, "/api/v1/pathways/{id}/plan/versions", pathway)
                .statusCode(200)
                .body("items", hasSize(2))
                .body("total", equalTo(2))
                .body("items[0].goals[0]", equalTo("Työkyvyn selvittäminen"));
        TestApi.as(PROFESSIONAL)
                .queryParam("page", 1)
                .queryParam("size", 1)
                .when()
                .get("/api/v1/pathways/{id}/plan/versions", pathway)
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].version", equalTo(2));
    }

    @Test
    void aClosedPathwaysPlanIsReadOnlyAndBadPlansNameTheField() {
        String pathway = TestPathways.open(TestClients.registered(clients))[1];
        put(pathway, "{\"basedOnVersion\": 0, \"goals\": [], \"agreedServices\": []}")
                .statusCode(400)
                .body("errors[0].field", equalTo("goals"));
        put(
                        pathway,
                        "{\"basedOnVersion\": 0, \"goals\": [\"x\"], \"agreedServices\": [{\"serviceType\": \"EDUCATION\"}]}")
                .statusCode(400)
                .body("errors[0].field", equalTo("agreedServices[0].responsibleOrganisation"));
        put(UUID.randomUUID(), plan(0, "x")).statusCode(404);
        put(pathway, plan(0, "Työkyvyn selvittäminen")).statusCode(200);

        TestApi.post(PROFESSIONAL, "{\"outcome\": \"EDUCATION\"}", "/api/v1/pathways/{id}/close", pathway)
                .statusCode(200);
        put(pathway, plan(1, "Myöhässä")).statusCode(409).body("detail", containsString("closed"));
    }
}
