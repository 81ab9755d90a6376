package fi.polku.indicator.fact;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.polku.events.EventType;
import fi.polku.platform.testing.Management;
import fi.polku.platform.testing.PolkuTest;
import fi.polku.platform.testing.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** How far behind the read model is shows as metrics: each fact group's lag in records, and its newest event. */
@QuarkusTest
@PolkuTest
class FreshnessMetricsTest {

    private static final Instant PUBLISHED_AT = Instant.parse("2099-05-04T03:02:01Z");
    private static final Pattern APPLIED_UP_TO = Pattern.compile(
            "^polku_indicator_applied_up_to_seconds\\{group=\"([^\"]+)\"[^}]*} (\\S+)$", Pattern.MULTILINE);

    private static double appliedUpTo(String metrics, String group) {
        Matcher gauge = APPLIED_UP_TO.matcher(metrics);
        while (gauge.find()) {
            if (gauge.group(1).equals(group)) {
                return Double.parseDouble(gauge.group(2));
            }
        }
        return Double.NEGATIVE_INFINITY;
    }

    @Test
    void eachFactGroupsLagAndNewestEventAreMetrics() {
        UUID pathway = UUID.randomUUID();
        TestEvents.publish(
                EventType.REFERRAL_RECEIVED,
                UUID.randomUUID(),
                pathway,
                PUBLISHED_AT.toString(),
                TestEvents.sample(
                        EventType.REFERRAL_RECEIVED,
                        Map.of(
                                "pathwayId",
                                pathway.toString(),
                                "referralId",
                                UUID.randomUUID().toString(),
                                "receivedAt",
                                PUBLISHED_AT.toString())));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String metrics = Management.request()
                    .get("/q/metrics")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString();
            for (String channel :
                    new String[] {"fact-referral-events", "fact-team-events", "fact-health-check-events"}) {
                assertTrue(
                        metrics.contains("kafka_consumer_fetch_manager_records_lag_max{client_id=\"kafka-consumer-"
                                + channel + "\""),
                        channel + "'s lag");
            }
            // The gauge is the newest event the group applied, so once this one is applied it is at least its time,
            // whatever other tests publish meanwhile.
            assertTrue(
                    appliedUpTo(metrics, "indicator-service-facts") >= PUBLISHED_AT.getEpochSecond(),
                    "the referral topic's event of " + PUBLISHED_AT + " applied");
            assertTrue(metrics.contains("polku_indicator_applied_up_to_seconds{group=\"indicator-service-team\"}"));
        });
    }
}
