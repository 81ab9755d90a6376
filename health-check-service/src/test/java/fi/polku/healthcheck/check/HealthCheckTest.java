package fi.polku.healthcheck.check;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.polku.healthcheck.TestClients;
import fi.polku.platform.testing.PolkuTest;
import fi.polku.platform.testing.TestOutbox;
import fi.polku.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A check's life over REST, the worklist after each step, and what reaches the bus. */
@QuarkusTest
@PolkuTest
class HealthCheckTest {

    static final String NURSE = Tokens.bearer("hanna", "health-nurse");

    @Inject
    EntityManager em;

    static ValidatableResponse post(String path, String body, Object... params) {
        return given().header("Authorization", NURSE)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(path, params)
                .then();
    }

    static String request(UUID client, String more) {
        return post("/api/v1/health-checks", "{\"clientId\": \"" + client + "\"" + more + "}")
                .statusCode(201)
                .extract()
                .path("id");
    }

    static ValidatableResponse book(String check, Instant at) {
        return post("/api/v1/health-checks/{id}/booking", """
                {"appointmentAt": "%s", "unit": "Oulun terveysasema", "professional": "Terveydenhoitaja Heikkinen",
                 "remote": false}""".formatted(at), check);
    }

    private static List<String> worklist(String area) {
        return given().header("Authorization", NURSE)
                .queryParam("area", area)
                .queryParam("size", 200)
                .when()
                .get("/api/v1/worklist")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.clientId");
    }

    @Test
    void theWorklistFollowsRequestsBookingsCancellationsNoShowsAndCompletions() {
        String area = "Alue-" + UUID.randomUUID();
        UUID client = TestClients.unemployed(em, area, "564", "2023-01-15")[0];
        UUID later = TestClients.unemployed(em, area, "564", "2025-06-01")[0];
        assertEquals(List.of(client.toString(), later.toString()), worklist(area), "the oldest need first");
        assertEquals(
                "2023-01-15",
                given().header("Authorization", NURSE)
                        .queryParam("area", area)
                        .when()
                        .get("/api/v1/worklist")
                        .then()
                        .extract()
                        .path("items[0].needSince"),
                "never checked: the need dates from becoming unemployed");
        assertEquals(
                List.of(later.toString()),
                given().header("Authorization", NURSE)
                        .queryParam("area", area)
                        .queryParam("size", 1)
                        .queryParam("page", 1)
                        .when()
                        .get("/api/v1/worklist")
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("items.clientId"));

        String first = request(client, ", \"requestedBy\": \"WORKLIST\"");
        assertEquals(List.of(later.toString()), worklist(area), "a requested check takes the client off");
        post("/api/v1/health-checks", "{\"clientId\": \"" + client + "\"}").statusCode(409);
        book(first, Instant.now().minusSeconds(60)).statusCode(400).body("errors[0].field", equalTo("appointmentAt"));
        book(first, Instant.now().plusSeconds(3600)).statusCode(200).body("status", equalTo("BOOKED"));
        book(first, Instant.now().plusSeconds(7200)).statusCode(200);
        post("/api/v1/health-checks/{id}/no-show", "", first).statusCode(409);
        post("/api/v1/health-checks/{id}/cancellation", "{\"reason\": \"CLIENT_CANCELLED\"}", first)
                .statusCode(200)
                .body("status", equalTo("CANCELLED"));
        assertTrue(worklist(area).contains(client.toString()), "a cancellation puts the client back");
        book(first, Instant.now().plusSeconds(3600)).statusCode(409);

        String second = request(client, "");
        book(second, Instant.now().plusSeconds(2)).statusCode(200);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> post("/api/v1/health-checks/{id}/no-show", "", second)
                                .extract()
                                .statusCode()
                        == 200);
        assertTrue(worklist(area).contains(client.toString()), "a no-show puts the client back");

        String third = request(client, "");
        post("/api/v1/health-checks/{id}/record", TestRecords.valid(), third)
                .statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("recordVersion", equalTo(1))
                .body("record.screening.phq9", equalTo(14))
                .body("followUps.size()", equalTo(2));
        assertFalse(worklist(area).contains(client.toString()), "a completed check keeps the client off for a year");
        post("/api/v1/health-checks/{id}/record", TestRecords.valid(), third).statusCode(409);

        List<TestOutbox.Published> published = TestOutbox.about(em, client);
        assertEquals(
                List.of(
                        "fi.polku.health-check.requested.v1",
                        "fi.polku.health-check.booked.v1",
                        "fi.polku.health-check.booked.v1",
                        "fi.polku.health-check.cancelled.v1",
                        "fi.polku.health-check.requested.v1",
                        "fi.polku.health-check.booked.v1",
                        "fi.polku.health-check.no-show.v1",
                        "fi.polku.health-check.requested.v1",
                        "fi.polku.health-check.completed.v1"),
                published.stream().map(TestOutbox.Published::type).toList());
        assertTrue(
                published.get(2).payload().contains("\"rescheduled\": true"),
                published.get(2).payload());
        String completed = published.getLast().payload();
        assertTrue(
                completed.contains("\"assessment\": \"PARTIALLY_ABLE\"")
                        && completed.contains("\"municipalityCode\": \"564\"")
                        && completed.contains("\"followUps\": [\"DOCTOR_APPOINTMENT\", \"MENTAL_HEALTH_SERVICES\"]"),
                completed);
        for (TestOutbox.Published event : published) {
            for (String secret : List.of(
                    TestRecords.NOTE,
                    "Selkäkipua",
                    "phq9",
                    "auditC",
                    "bloodPressure",
                    "bmi",
                    "findings",
                    "note",
                    "workAbilityScore",
                    "SIGNIFICANT_CONCERN",
                    "Heikkinen",
                    "terveysasema",
                    "Virtanen")) {
                assertFalse(event.payload().contains(secret), secret + " reached the bus in " + event.type());
            }
        }
    }

    @Test
    void aCheckCanBeAskedForWithoutAPathwayButOnlyForAKnownClientAndOnTheirOwnPathway() {
        UUID[] known = TestClients.unemployed(em, "Oulu", "564", "2024-02-01");
        post("/api/v1/health-checks", "{\"clientId\": \"" + UUID.randomUUID() + "\"}")
                .statusCode(422)
                .body("type", equalTo("https://polku.fi/problems/rule/known-client"));
        UUID[] other = TestClients.unemployed(em, "Oulu", "564", "2024-02-01");
        post("/api/v1/health-checks", "{\"clientId\": \"" + known[0] + "\", \"pathwayId\": \"" + other[1] + "\"}")
                .statusCode(422)
                .body("errors[0].field", equalTo("pathwayId"));
        post("/api/v1/health-checks", "{\"clientId\": \"" + known[0] + "\", \"requestedBy\": \"EMPLOYMENT_SERVICES\"}")
                .statusCode(400)
                .body("errors[0].field", equalTo("requestedBy"));

        String check = request(known[0], "");
        given().header("Authorization", NURSE)
                .when()
                .get("/api/v1/health-checks/{id}", check)
                .then()
                .statusCode(200)
                .body("pathwayId", nullValue())
                .body("requestedBy", equalTo("NURSE"))
                .body("record", nullValue());
        String requested = TestOutbox.about(em, known[0]).getFirst().payload();
        assertTrue(requested.contains("\"pathwayId\": null") || !requested.contains("pathwayId"), requested);
        String onPathway = request(other[0], ", \"pathwayId\": \"" + other[1] + "\", \"requestedBy\": \"CLIENT_TEAM\"");
        given().header("Authorization", NURSE)
                .queryParam("clientId", other[0].toString())
                .when()
                .get("/api/v1/health-checks")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(onPathway))
                .body("items[0].pathwayId", equalTo(other[1].toString()));
        given().header("Authorization", Tokens.bearer("tiina", "team-member"))
                .when()
                .get("/api/v1/health-checks/{id}", check)
                .then()
                .statusCode(403);
    }
}
