package fi.polku.team.intake;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.polku.events.EventType;
import fi.polku.platform.testing.PolkuTest;
import fi.polku.platform.testing.TestEvents;
import fi.polku.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@PolkuTest
class IntakeTest {

    private static final String PROFESSIONAL = Tokens.bearer("liisa", "referral-handler", "team-member");

    private static UUID referral(String area, String receivedAt, UUID eventId) {
        UUID referralId = UUID.randomUUID();
        UUID pathway = UUID.randomUUID();
        String json = TestEvents.sample(EventType.REFERRAL_RECEIVED, Map.of("referralId", referralId.toString(),
                "pathwayId", pathway.toString(), "requestedArea", area, "receivedAt", receivedAt));
        TestEvents.publish(EventType.REFERRAL_RECEIVED, eventId, pathway, receivedAt, json);
        return referralId;
    }

    private static List<String> area(String area, int page, int size) {
        return given().header("Authorization", PROFESSIONAL)
                .queryParam("area", area).queryParam("page", page).queryParam("size", size)
                .when().get("/api/v1/intake")
                .then().statusCode(200).extract().jsonPath().getList("items.referralId");
    }

    @Test
    void receivedReferralsReachTheIntakeOnceOldestFirst() {
        String area = "Kainuu-" + UUID.randomUUID();
        UUID duplicated = UUID.randomUUID();
        UUID second = referral(area, "2026-05-02T08:00:00Z", duplicated);
        TestEvents.publish(EventType.REFERRAL_RECEIVED, duplicated, UUID.randomUUID(), "2026-05-02T08:00:00Z",
                TestEvents.sample(EventType.REFERRAL_RECEIVED, Map.of("requestedArea", area)));
        UUID first = referral(area, "2026-05-01T08:00:00Z", UUID.randomUUID());
        UUID third = referral(area.toUpperCase(), "2026-05-03T08:00:00Z", UUID.randomUUID());

        await().atMost(Duration.ofSeconds(20)).until(() -> area(area, 0, 50).size() == 3);

        assertEquals(List.of(first.toString(), second.toString(), third.toString()), area(area, 0, 50));
        assertEquals(List.of(third.toString()), area(area, 1, 2));
        given().header("Authorization", PROFESSIONAL).queryParam("area", area).queryParam("size", 2)
                .when().get("/api/v1/intake")
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("page", equalTo(0))
                .body("size", equalTo(2))
                .body("items[0].source", equalTo("EMPLOYMENT_SERVICES"))
                .body("items[0].municipalityCode", equalTo("564"));
    }

    @Test
    void pagingOutOfRangeIsA400NamingTheParameter() {
        given().header("Authorization", PROFESSIONAL).queryParam("size", 500)
                .when().get("/api/v1/intake")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("size"));
        given().header("Authorization", PROFESSIONAL).queryParam("page", -1)
                .when().get("/api/v1/intake")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("page"));
        given().header("Authorization", PROFESSIONAL).queryParam("page", "first")
                .when().get("/api/v1/intake")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("page"))
                .body("errors[0].message", equalTo("must be a whole number from 0 to 999999"));
    }

    @Test
    void managersDoNotSeeClientLevelIntake() {
        given().header("Authorization", Tokens.bearer("markku", "manager"))
                .when().get("/api/v1/intake")
                .then().statusCode(403);
    }
}
