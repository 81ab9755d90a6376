package fi.polku.indicator.referral;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.polku.events.EventType;
import fi.polku.events.ReferralSource;
import fi.polku.platform.testing.PolkuTest;
import fi.polku.platform.testing.TestEvents;
import fi.polku.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@PolkuTest
class ReferralIndicatorTest {

    private static final String ANALYST = Tokens.bearer("anni", "analyst");

    private static UUID publish(String source, String receivedAt, String municipality) {
        UUID pathway = UUID.randomUUID();
        String json = TestEvents.sample(EventType.REFERRAL_RECEIVED, Map.of(
                "referralId", UUID.randomUUID().toString(), "pathwayId", pathway.toString(),
                "source", source, "receivedAt", receivedAt, "municipalityCode", municipality));
        return TestEvents.publish(EventType.REFERRAL_RECEIVED, UUID.randomUUID(), pathway, receivedAt, json);
    }

    private static JsonPath indicator(String from, String to) {
        return given().header("Authorization", ANALYST).queryParam("from", from).queryParam("to", to)
                .when().get("/api/v1/indicators/referrals")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void receivedReferralsAreCountedBySourceAndFinnishMonthOnce() {
        publish("KELA", "2031-01-10T10:00:00Z", "564");
        publish("KELA", "2031-01-31T22:30:00Z", "564");
        publish("TYP", "2031-03-05T08:00:00Z", "139");
        UUID pathway = UUID.randomUUID();
        String json = TestEvents.sample(EventType.REFERRAL_RECEIVED, Map.of("pathwayId", pathway.toString(),
                "source", "SELF", "receivedAt", "2031-03-06T08:00:00Z"));
        UUID eventId = UUID.randomUUID();
        TestEvents.publish(EventType.REFERRAL_RECEIVED, eventId, pathway, "2031-03-06T08:00:00Z", json);
        TestEvents.publish(EventType.REFERRAL_RECEIVED, eventId, pathway, "2031-03-06T08:00:00Z", json);
        // A later event on another key: once it counts, the duplicate above has been seen too.
        publish("OTHER", "2031-03-07T08:00:00Z", "564");

        await().atMost(Duration.ofSeconds(20)).until(() -> indicator("2031-01", "2031-03").getInt("total") == 5);

        JsonPath result = indicator("2031-01", "2031-03");
        assertEquals(5, result.getInt("total"));
        assertEquals(2, result.getInt("bySource.find { it.source == 'KELA' }.referrals"));
        assertEquals(1, result.getInt("bySource.find { it.source == 'SELF' }.referrals"));
        assertEquals(List.of(1, 1, 3), result.getList("byMonth.referrals"));
        assertEquals("Kela", result.getString("bySource.find { it.source == 'KELA' }.label.fi"));
        assertEquals("FPA", result.getString("bySource.find { it.source == 'KELA' }.label.sv"));
        assertEquals(1, indicator("2031-02", "2031-02").getInt("total"));
        assertEquals(0, indicator("2031-04", "2031-12").getInt("total"));
    }

    @Test
    void everySourceAndMonthIsListedEvenWhenZero() {
        given().header("Authorization", ANALYST).queryParam("from", "2040-11").queryParam("to", "2041-02")
                .when().get("/api/v1/indicators/referrals")
                .then().statusCode(200)
                .body("total", equalTo(0))
                .body("bySource", hasSize(ReferralSource.values().length))
                .body("byMonth.month", equalTo(List.of("2040-11", "2040-12", "2041-01", "2041-02")));
    }

    @Test
    void aBadPeriodIsA400NamingTheField() {
        given().header("Authorization", ANALYST).queryParam("from", "2026-13").queryParam("to", "2026-01")
                .when().get("/api/v1/indicators/referrals")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("from"))
                .body("errors[0].message", equalTo("must be a month as YYYY-MM"));
        given().header("Authorization", ANALYST).queryParam("from", "2026-05").queryParam("to", "2026-01")
                .when().get("/api/v1/indicators/referrals")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
        given().header("Authorization", ANALYST).queryParam("to", "2026-01")
                .when().get("/api/v1/indicators/referrals")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
    }

    @Test
    void onlyManagersSeeIndicators() {
        given().header("Authorization", Tokens.bearer("liisa", "referral-handler", "team-member"))
                .queryParam("from", "2026-01").queryParam("to", "2026-02")
                .when().get("/api/v1/indicators/referrals")
                .then().statusCode(403);
    }
}
