package fi.polku.indicator.query;

import static fi.polku.indicator.EventFields.and;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.polku.events.EventType;
import fi.polku.platform.testing.PolkuTest;
import fi.polku.platform.testing.TestEvents;
import fi.polku.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A data set in 2033, driven through the real topics, and each indicator's exact figures from it, suppressed for a
 * manager and in full for an analyst.
 */
@QuarkusTest
@PolkuTest
class IndicatorQueryTest {

    private static final String MANAGER = Tokens.bearer("markku", "manager");
    private static final String ANALYST = Tokens.bearer("anni", "analyst");
    private static final String TEAM = "Tiimi-" + UUID.randomUUID().toString().substring(0, 8);
    private static boolean published;

    private static void publish(EventType<?> type, UUID subject, Map<String, String> fields) {
        publish(type, subject, fields, json -> json);
    }

    private static void publish(
            EventType<?> type,
            UUID subject,
            Map<String, String> fields,
            java.util.function.UnaryOperator<String> edit) {
        TestEvents.publish(
                type,
                UUID.randomUUID(),
                subject,
                Instant.now().toString(),
                edit.apply(TestEvents.sample(type, fields)));
    }

    /** A referral received and, if {@code decidedAt} is given, accepted; returns its pathway. */
    private static UUID referral(String source, String receivedAt, String decidedAt) {
        UUID pathway = UUID.randomUUID();
        Map<String, String> referral = Map.of(
                "referralId",
                UUID.randomUUID().toString(),
                "pathwayId",
                pathway.toString(),
                "clientId",
                UUID.randomUUID().toString());
        publish(
                EventType.REFERRAL_RECEIVED,
                pathway,
                and(referral, Map.of("source", source, "receivedAt", receivedAt, "requestedArea", "Alue-2033")));
        if (decidedAt != null) {
            publish(EventType.REFERRAL_ACCEPTED, pathway, and(referral, Map.of("acceptedAt", decidedAt)));
        }
        return pathway;
    }

    /** Publishes the data set once, for the first test that needs it, and waits until it has been counted. */
    private static synchronized void dataSet() {
        if (published) {
            return;
        }
        published = true;
        for (int i = 0; i < 7; i++) {
            referral("KELA", "2033-01-1" + i + "T10:00:00Z", null);
        }
        for (int i = 0; i < 3; i++) {
            referral("SELF", "2033-01-2" + i + "T10:00:00Z", null);
        }
        referral("TYP", "2033-01-25T10:00:00Z", null);
        referral("TYP", "2033-01-26T10:00:00Z", null);
        for (int i = 0; i < 8; i++) {
            referral("KELA", "2033-03-0" + (i + 1) + "T10:00:00Z", null);
        }
        for (int i = 0; i < 6; i++) {
            referral("SELF", "2033-03-1" + i + "T10:00:00Z", null);
        }
        referral("TYP", "2033-03-20T10:00:00Z", null);
        referral("TYP", "2033-03-21T10:00:00Z", null);

        // Six decided in May 2033 after 2, 3, 3, 4, 10 and 20 days: median 3.5, 90th percentile 15.
        List<UUID> decided = new ArrayList<>();
        int[] days = {2, 3, 3, 4, 10, 20};
        for (int d : days) {
            decided.add(referral(
                    "EMPLOYMENT_SERVICES",
                    "2033-05-01T06:00:00Z",
                    "2033-05-" + String.format("%02d", 1 + d) + "T12:00:00Z"));
        }
        // Five of them open on 5 May in the team, are assembled after 1, 2, 2, 6 and 9 days, and close in August.
        String[] outcomes = {
            "EMPLOYED_OPEN_MARKET", "EMPLOYED_OPEN_MARKET", "EMPLOYED_OPEN_MARKET", "EDUCATION", "EDUCATION"
        };
        String[] scores = {"4", "5", "3", null, "5"};
        int[] waits = {1, 2, 2, 6, 9};
        for (int i = 0; i < 5; i++) {
            UUID pathway = decided.get(i);
            Map<String, String> opened = new HashMap<>(Map.of(
                    "pathwayId",
                    pathway.toString(),
                    "area",
                    "Alue-2033",
                    "team",
                    TEAM,
                    "openedAt",
                    "2033-05-05T09:00:00Z"));
            publish(EventType.PATHWAY_OPENED, pathway, opened);
            publish(
                    EventType.TEAM_ASSEMBLED,
                    pathway,
                    Map.of(
                            "pathwayId",
                            pathway.toString(),
                            "assembledAt",
                            "2033-05-" + String.format("%02d", 5 + waits[i]) + "T09:00:00Z"));
            String score = scores[i];
            publish(
                    EventType.PATHWAY_CLOSED,
                    pathway,
                    Map.of(
                            "pathwayId",
                            pathway.toString(),
                            "outcome",
                            outcomes[i],
                            "closedAt",
                            "2033-08-0" + (i + 1) + "T09:00:00Z"),
                    json -> json.replaceFirst("\"feedbackScore\": \\d", "\"feedbackScore\": " + score));
        }
        // IPS started twice for one client and once for another: two IPS clients, three services.
        for (UUID pathway : List.of(decided.get(0), decided.get(0), decided.get(1))) {
            publish(
                    EventType.SERVICE_REFERRAL_STARTED,
                    pathway,
                    Map.of(
                            "pathwayId",
                            pathway.toString(),
                            "serviceReferralId",
                            UUID.randomUUID().toString(),
                            "startedOn",
                            "2033-06-01"));
        }
        await().atMost(Duration.ofSeconds(30))
                .until(() -> figures(ANALYST, "CLIENT_FEEDBACK", "2033-08", "2033-08", Map.of())
                                .getInt("totals[0].n")
                        == 4);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> figures(ANALYST, "REFERRALS_TO_SERVICES", "2033-06", "2033-06", Map.of())
                                .getInt("totals[0].n")
                        == 3);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> figures(ANALYST, "REFERRALS_BY_SOURCE", "2033-01", "2033-05", Map.of())
                        .getList("totals.n")
                        .equals(List.of(12, 0, 16, 0, 6)));
    }

    private static JsonPath figures(String token, String code, String from, String to, Map<String, String> more) {
        return asked(token, code, from, to, more).statusCode(200).extract().jsonPath();
    }

    /** A question for an indicator's figures, whatever the answer. */
    private static ValidatableResponse asked(
            String token, String code, String from, String to, Map<String, String> more) {
        return given().header("Authorization", token)
                .queryParam("from", from)
                .queryParam("to", to)
                .queryParams(more)
                .when()
                .get("/api/v1/indicators/{code}", code)
                .then();
    }

    @Test
    void referralsBySourceAreSuppressedForAManagerSoThatNoTotalGivesACellAway() {
        dataSet();
        JsonPath manager = figures(MANAGER, "REFERRALS_BY_SOURCE", "2033-01", "2033-03", Map.of("groupBy", "source"));
        assertEquals(true, manager.getBoolean("suppression"));
        assertEquals(
                List.of(
                        "2033-01", "2033-01", "2033-01", "2033-02", "2033-02", "2033-02", "2033-03", "2033-03",
                        "2033-03"),
                manager.getList("rows.period"),
                "every month, the empty one too");
        assertEquals(
                List.of("KELA", "SELF", "TYP"), manager.getList("rows.group").subList(0, 3));
        assertEquals(
                java.util.Arrays.asList(7, null, null, 0, 0, 0, 8, null, null),
                manager.getList("rows.value"),
                "March hides SELF's 6 with TYP's 2, or the total 16 would give the 2 away");
        assertEquals(List.of(12, 0, 16), manager.getList("totals.value"));

        JsonPath analyst = figures(ANALYST, "REFERRALS_BY_SOURCE", "2033-01", "2033-03", Map.of("groupBy", "source"));
        assertEquals(List.of(7, 3, 2, 0, 0, 0, 8, 6, 2), analyst.getList("rows.value"));
        assertNotNull(analyst.getString("dataUpTo"));

        String csv = given().header("Authorization", MANAGER)
                .header("Accept", "text/csv")
                .queryParam("from", "2033-03")
                .queryParam("to", "2033-03")
                .queryParam("groupBy", "source")
                .when()
                .get("/api/v1/indicators/REFERRALS_BY_SOURCE")
                .then()
                .statusCode(200)
                .contentType("text/csv")
                .extract()
                .asString();
        assertEquals("""
                period,group,value,p90,n
                2033-03,KELA,8,,8
                2033-03,SELF,<5,,
                2033-03,TYP,<5,,
                2033-03,TOTAL,16,,16
                """, csv);
    }

    @Test
    void durationsAreMediansAndNinetiethPercentiles() {
        dataSet();
        JsonPath decisions = figures(MANAGER, "REFERRAL_DECISION_DAYS", "2033-05", "2033-05", Map.of());
        assertEquals(3.5f, decisions.getFloat("totals[0].value"));
        assertEquals(15.0f, decisions.getFloat("totals[0].p90"));
        assertNull(decisions.get("totals[0].n"), "a manager is not shown how many a statistic stands on");

        JsonPath waiting = figures(ANALYST, "TEAM_WAITING_DAYS", "2033-05", "2033-05", Map.of("groupBy", "team"));
        assertEquals(List.of(TEAM), waiting.getList("rows.group"));
        assertEquals(2.0f, waiting.getFloat("rows[0].value"));
        assertEquals(7.8f, waiting.getFloat("rows[0].p90"));
        assertEquals(5, waiting.getInt("rows[0].n"));

        JsonPath duration = figures(ANALYST, "PATHWAY_DURATION", "2033-08", "2033-08", Map.of());
        assertEquals(90.0f, duration.getFloat("totals[0].value"), "88 to 92 days");
    }

    @Test
    void outcomesFeedbackTeamsAndServiceClientsAreCountedExactly() {
        dataSet();
        JsonPath outcomes = figures(ANALYST, "PATHWAY_OUTCOMES", "2033-08", "2033-08", Map.of("groupBy", "outcome"));
        assertEquals(List.of("EDUCATION", "EMPLOYED_OPEN_MARKET"), outcomes.getList("rows.group"));
        assertEquals(List.of(2, 3), outcomes.getList("rows.value"));
        JsonPath managed = figures(MANAGER, "PATHWAY_OUTCOMES", "2033-08", "2033-08", Map.of("groupBy", "outcome"));
        assertEquals(
                java.util.Arrays.asList(null, null), managed.getList("rows.value"), "2 and 3 are both too few to show");

        assertEquals(
                4.25f,
                figures(ANALYST, "CLIENT_FEEDBACK", "2033-08", "2033-08", Map.of())
                        .getFloat("totals[0].value"));
        assertTrue(
                figures(MANAGER, "CLIENT_FEEDBACK", "2033-08", "2033-08", Map.of())
                        .getBoolean("totals[0].suppressed"),
                "four scores are too few to show a mean");
        assertEquals(
                5,
                figures(ANALYST, "TEAM_CLIENTS", "2033-05", "2033-05", Map.of()).getInt("totals[0].value"));
        assertEquals(
                2,
                figures(ANALYST, "IPS_CLIENTS", "2033-06", "2033-06", Map.of()).getInt("totals[0].value"));
        assertEquals(
                List.of(3),
                figures(ANALYST, "REFERRALS_TO_SERVICES", "2033-06", "2033-06", Map.of("groupBy", "service"))
                        .getList("rows.value"));
        JsonPath quarters = figures(ANALYST, "REFERRALS_BY_SOURCE", "2033-01", "2033-12", Map.of("period", "quarter"));
        assertEquals(List.of("2033-Q1", "2033-Q2", "2033-Q3", "2033-Q4"), quarters.getList("totals.period"));
        assertEquals(List.of(28, 6, 0, 0), quarters.getList("totals.value"));
    }

    private static ValidatableResponse setTarget(String token, String period, String body) {
        return given().header("Authorization", token)
                .contentType("application/json")
                .body(body)
                .when()
                .put("/api/v1/indicators/REFERRALS_BY_SOURCE/targets/{period}", period)
                .then();
    }

    @Test
    void aTargetSetForAPeriodShowsBesideItsFigures() {
        setTarget(MANAGER, "2033-Q1", "{\"value\": 30}")
                .statusCode(200)
                .body("period", equalTo("2033-Q1"))
                .body("setBy", equalTo("p-markku"));
        setTarget(MANAGER, "2033-Q1", "{\"value\": 25.5}").statusCode(200);
        setTarget(ANALYST, "2033-Q2", "{\"value\": 1}").statusCode(403);
        setTarget(MANAGER, "2033-Q5", "{\"value\": 1}").statusCode(400).body("errors[0].field", equalTo("period"));
        setTarget(MANAGER, "2033", "{\"value\": -1}").statusCode(400).body("errors[0].field", equalTo("value"));
        JsonPath quarters = figures(ANALYST, "REFERRALS_BY_SOURCE", "2033-01", "2033-06", Map.of("period", "quarter"));
        assertEquals(List.of("2033-Q1"), quarters.getList("targets.period"));
        assertEquals(25.5f, quarters.getFloat("targets[0].value"));
        assertEquals(
                List.of(),
                figures(ANALYST, "REFERRALS_BY_SOURCE", "2033-01", "2033-03", Map.of())
                        .getList("targets"),
                "a quarter's target is not a month's");
    }

    @Test
    void theCatalogueNamesEveryIndicatorAndBadQueriesNameTheParameter() {
        JsonPath catalogue = given().header("Authorization", MANAGER)
                .when()
                .get("/api/v1/indicators")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertTrue(catalogue.getList("code").contains("TEAM_WAITING_DAYS"));
        assertEquals("Väntetid till teamet", catalogue.getString("find { it.code == 'TEAM_WAITING_DAYS' }.name.sv"));
        asked(MANAGER, "NO_SUCH", "2033-01", "2033-02", Map.of()).statusCode(404);
        asked(MANAGER, "REFERRALS_BY_SOURCE", "2033-01", "2033-02", Map.of("groupBy", "outcome"))
                .statusCode(400)
                .body("errors[0].field", equalTo("groupBy"));
        asked(MANAGER, "REFERRALS_BY_SOURCE", "2033-03", "2033-01", Map.of())
                .statusCode(400)
                .body("errors[0].field", equalTo("to"));
        asked(MANAGER, "REFERRALS_BY_SOURCE", "2033-01", "2033-02", Map.of("period", "quarter"))
                .statusCode(400)
                .body("errors[0].field", equalTo("to"));
        given().header("Authorization", Tokens.bearer("tiina", "team-member"))
                .when()
                .get("/api/v1/indicators")
                .then()
                .statusCode(403);
    }
}
