package fi.polku.healthcheck.check;

import static fi.polku.healthcheck.TestChecks.post;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.polku.events.CloudEventHeaders;
import fi.polku.events.EventType;
import fi.polku.events.Topics;
import fi.polku.healthcheck.TestChecks;
import fi.polku.healthcheck.TestClients;
import fi.polku.platform.testing.KafkaTestClient;
import fi.polku.platform.testing.PolkuTest;
import fi.polku.platform.testing.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An employment system's request, passed on by referral-service, becomes a check without a pathway. */
@QuarkusTest
@PolkuTest
class EmploymentRequestTest {

    @Inject
    EntityManager em;

    /** An employment system's request for the client as referral-service passes it on, made {@code at}. */
    private static String employmentRequest(UUID client, String municipality, String at) {
        return TestEvents.sample(
                EventType.EMPLOYMENT_HEALTH_CHECK_REQUESTED,
                Map.of(
                        "requestId",
                        UUID.randomUUID().toString(),
                        "clientId",
                        client.toString(),
                        "organisationType",
                        "MUNICIPAL_EMPLOYMENT",
                        "municipalityCode",
                        municipality,
                        "requestedAt",
                        at));
    }

    private void asked(UUID client, String municipality) {
        String now = Instant.now().toString();
        UUID event = TestEvents.publish(
                EventType.EMPLOYMENT_HEALTH_CHECK_REQUESTED,
                UUID.randomUUID(),
                client,
                now,
                employmentRequest(client, municipality, now));
        TestClients.processed(em, event, "health-check-service-requests");
    }

    private static JsonPath checksOf(UUID client) {
        return TestChecks.checksOf(client).extract().jsonPath();
    }

    @Test
    void aRequestFromAnEmploymentSystemIsACheckWithoutAPathwayAndARepeatAsksNothingMore() {
        UUID client = UUID.randomUUID();
        String municipality = "0" + (10 + (int) (Math.random() * 89));
        asked(client, municipality);
        JsonPath checks = checksOf(client);
        assertEquals(1, checks.getInt("total"));
        assertEquals("MUNICIPAL_EMPLOYMENT", checks.getString("items[0].requestedBy"));
        assertEquals("REQUESTED", checks.getString("items[0].status"));
        assertNull(checks.getString("items[0].pathwayId"));

        asked(client, municipality);
        assertEquals(1, checksOf(client).getInt("total"), "a requested check serves a repeated request");

        post(
                        "/api/v1/health-checks/{id}/cancellation",
                        "{\"reason\": \"CLIENT_UNREACHABLE\"}",
                        checks.getString("items[0].id"))
                .statusCode(200);
        assertTrue(
                TestChecks.worklistPage("municipalityCode", municipality, "size", 200)
                        .extract()
                        .jsonPath()
                        .getList("items.clientId")
                        .contains(client.toString()),
                "the request made the client known, unemployed since the day it gave");
    }

    @Test
    void aRequestFromAnyoneButReferralServiceIsRefusedAndChangesNothing() {
        UUID client = UUID.randomUUID();
        String now = Instant.now().toString();
        UUID forged = UUID.randomUUID();
        var record = TestEvents.record(
                EventType.EMPLOYMENT_HEALTH_CHECK_REQUESTED,
                forged,
                client,
                now,
                employmentRequest(client, "564", now));
        record.headers().remove(CloudEventHeaders.SOURCE);
        record.headers().add(CloudEventHeaders.SOURCE, "/polku/someone".getBytes(StandardCharsets.UTF_8));
        KafkaTestClient.sendAll(List.of(record));

        await().atMost(Duration.ofSeconds(20))
                .until(() ->
                        KafkaTestClient.readAll(Topics.deadLetter(
                                        Topics.HEALTH_CHECK_REQUESTS, "health-check-service-requests"))
                                .stream()
                                .anyMatch(r ->
                                        forged.toString().equals(KafkaTestClient.header(r, CloudEventHeaders.ID))));
        assertEquals(0, checksOf(client).getInt("total"), "no check and no client from a forged request");
    }
}
