package fi.polku.indicator.fact;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.polku.events.EventType;
import fi.polku.platform.testing.Management;
import fi.polku.platform.testing.PolkuTest;
import fi.polku.platform.testing.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** How far behind the read model is shows as metrics: each fact group's lag in records, and its newest event. */
@QuarkusTest
@PolkuTest
class FreshnessMetricsTest {

    @Test
    void eachFactGroupsLagAndNewestEventAreMetrics() {
        UUID pathway = UUID.randomUUID();
        TestEvents.publish(EventType.REFERRAL_RECEIVED, UUID.randomUUID(), pathway, "2099-05-04T03:02:01Z",
                TestEvents.sample(EventType.REFERRAL_RECEIVED, Map.of("pathwayId", pathway.toString(),
                        "referralId", UUID.randomUUID().toString(), "receivedAt", "2099-05-04T03:02:01Z")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String metrics = Management.request().get("/q/metrics").then().statusCode(200).extract().asString();
            for (String channel : new String[] {"fact-referral-events", "fact-team-events", "fact-health-check-events"}) {
                assertTrue(metrics.contains("kafka_consumer_fetch_manager_records_lag_max{client_id=\"kafka-consumer-"
                        + channel + "\""), channel + "'s lag");
            }
            // No other test publishes an event this late: it is the newest the group applied.
            assertTrue(metrics.contains("polku_indicator_applied_up_to_seconds{group=\"indicator-service-facts\"} "
                    + "4.081546921E9"), "the referral topic's newest event applied");
            assertTrue(metrics.contains("polku_indicator_applied_up_to_seconds{group=\"indicator-service-team\"}"));
        });
    }
}
