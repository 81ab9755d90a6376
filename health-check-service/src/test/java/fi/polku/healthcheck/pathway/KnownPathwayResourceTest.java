package fi.polku.healthcheck.pathway;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import fi.polku.events.EventType;
import fi.polku.healthcheck.TestChecks;
import fi.polku.platform.testing.PolkuTest;
import fi.polku.platform.testing.TestEvents;
import fi.polku.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@PolkuTest
class KnownPathwayResourceTest {

    private static final String PROFESSIONAL = Tokens.bearer("hanna", "health-nurse");

    /** A referral of the client on the pathway from {@code source}, received {@code at}. */
    private static String referral(UUID pathway, UUID client, String source, String at) {
        return TestEvents.sample(
                EventType.REFERRAL_RECEIVED,
                Map.of(
                        "pathwayId",
                        pathway.toString(),
                        "clientId",
                        client.toString(),
                        "source",
                        source,
                        "referralId",
                        UUID.randomUUID().toString(),
                        "receivedAt",
                        at));
    }

    private static ValidatableResponse pathway(UUID pathway) {
        return TestChecks.get(PROFESSIONAL, "/api/v1/pathways/" + pathway);
    }

    @Test
    void referralsOfAPathwayAreKnownAndCountedOnce() {
        UUID pathway = UUID.randomUUID();
        UUID client = UUID.randomUUID();
        String first = referral(pathway, client, "TYP", "2026-06-01T09:00:00Z");
        String second = referral(pathway, client, "KELA", "2026-06-03T09:00:00Z");
        UUID firstId = UUID.randomUUID();
        TestEvents.publish(EventType.REFERRAL_RECEIVED, firstId, pathway, "2026-06-01T09:00:00Z", first);
        TestEvents.publish(EventType.REFERRAL_RECEIVED, firstId, pathway, "2026-06-01T09:00:00Z", first);
        TestEvents.publish(EventType.REFERRAL_RECEIVED, UUID.randomUUID(), pathway, "2026-06-03T09:00:00Z", second);

        await().atMost(Duration.ofSeconds(20)).until(() -> {
            ExtractableResponse<Response> known = pathway(pathway).extract();
            return known.statusCode() == 200 && known.jsonPath().getInt("referrals") == 2;
        });

        pathway(pathway)
                .statusCode(200)
                .body("clientId", equalTo(client.toString()))
                .body("firstSource", equalTo("TYP"))
                .body("referrals", equalTo(2));
    }

    @Test
    void anUnknownPathwayIsA404Problem() {
        pathway(UUID.randomUUID())
                .statusCode(404)
                .contentType("application/problem+json")
                .body("title", equalTo("Not found"));
    }
}
