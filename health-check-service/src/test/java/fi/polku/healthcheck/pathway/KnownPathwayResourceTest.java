package fi.polku.healthcheck.pathway;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import fi.polku.events.EventType;
import fi.polku.platform.testing.PolkuTest;
import fi.polku.platform.testing.TestEvents;
import fi.polku.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@PolkuTest
class KnownPathwayResourceTest {

    private static final String PROFESSIONAL = Tokens.bearer("hanna", "health-nurse");

    @Test
    void referralsOfAPathwayAreKnownAndCountedOnce() {
        UUID pathway = UUID.randomUUID();
        UUID client = UUID.randomUUID();
        String first = TestEvents.sample(
                EventType.REFERRAL_RECEIVED,
                Map.of(
                        "pathwayId",
                        pathway.toString(),
                        "clientId",
                        client.toString(),
                        "source",
                        "TYP",
                        "receivedAt",
                        "2026-06-01T09:00:00Z"));
        String second = TestEvents.sample(
                EventType.REFERRAL_RECEIVED,
                Map.of(
                        "pathwayId",
                        pathway.toString(),
                        "clientId",
                        client.toString(),
                        "source",
                        "KELA",
                        "referralId",
                        UUID.randomUUID().toString(),
                        "receivedAt",
                        "2026-06-03T09:00:00Z"));
        UUID firstId = UUID.randomUUID();
        TestEvents.publish(EventType.REFERRAL_RECEIVED, firstId, pathway, "2026-06-01T09:00:00Z", first);
        TestEvents.publish(EventType.REFERRAL_RECEIVED, firstId, pathway, "2026-06-01T09:00:00Z", first);
        TestEvents.publish(EventType.REFERRAL_RECEIVED, UUID.randomUUID(), pathway, "2026-06-03T09:00:00Z", second);

        await().atMost(Duration.ofSeconds(20))
                .until(() -> given().header("Authorization", PROFESSIONAL)
                                        .when()
                                        .get("/api/v1/pathways/{id}", pathway)
                                        .then()
                                        .extract()
                                        .statusCode()
                                == 200
                        && given().header("Authorization", PROFESSIONAL)
                                        .when()
                                        .get("/api/v1/pathways/{id}", pathway)
                                        .then()
                                        .extract()
                                        .jsonPath()
                                        .getInt("referrals")
                                == 2);

        given().header("Authorization", PROFESSIONAL)
                .when()
                .get("/api/v1/pathways/{id}", pathway)
                .then()
                .statusCode(200)
                .body("clientId", equalTo(client.toString()))
                .body("firstSource", equalTo("TYP"))
                .body("referrals", equalTo(2));
    }

    @Test
    void anUnknownPathwayIsA404Problem() {
        given().header("Authorization", PROFESSIONAL)
                .when()
                .get("/api/v1/pathways/{id}", UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("title", equalTo("Not found"));
    }
}
