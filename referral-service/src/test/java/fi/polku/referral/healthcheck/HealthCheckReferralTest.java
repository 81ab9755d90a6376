package fi.polku.referral.healthcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.events.EventType;
import fi.polku.events.Topics;
import fi.polku.platform.testing.KafkaTestClient;
import fi.polku.platform.testing.PolkuTest;
import fi.polku.platform.testing.TestEvents;
import fi.polku.platform.testing.Tokens;
import fi.polku.referral.TestApi;
import fi.polku.referral.TestConsumers;
import fi.polku.referral.client.ClientService;
import fi.polku.referral.client.TestClients;
import fi.polku.referral.referral.TestReferrals;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

@QuarkusTest
@PolkuTest
class HealthCheckReferralTest {

    private static final String HANDLER = Tokens.bearer("liisa", "referral-handler");

    @Inject
    ClientService clients;

    @Inject
    EntityManager em;

    private static JsonPath referralsOf(UUID client) {
        return TestApi.as(HANDLER)
                .queryParam("clientId", client.toString())
                .queryParam("sort", "receivedAt")
                .when()
                .get("/api/v1/referrals")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** Publishes a check's event about {@code client} and waits until the referrals group has claimed it. */
    private void publish(EventType<?> type, UUID client, Map<String, String> fields, String pathway) {
        publish(type, client, fields, pathway, json -> json);
    }

    private void publish(
            EventType<?> type, UUID client, Map<String, String> fields, String pathway, UnaryOperator<String> edit) {
        Map<String, String> all = new java.util.HashMap<>(fields);
        all.put("clientId", client.toString());
        String json = TestEvents.sample(type, all);
        json = pathway == null
                ? json.replaceFirst("\"pathwayId\": \"[^\"]*\"", "\"pathwayId\": null")
                : json.replaceFirst("\"pathwayId\": \"[^\"]*\"", "\"pathwayId\": \"" + pathway + "\"");
        UUID event = TestEvents.publish(
                type, UUID.randomUUID(), client, Instant.now().toString(), edit.apply(json));
        TestConsumers.awaitClaimed(em, "referral-service-health-check-referrals", event, Duration.ofSeconds(20));
    }

    @Test
    void aClientKnownOnlyFromAnEmploymentSystemsHealthCheckRequestIsReferredWithItsLabourStatus() throws Exception {
        String code = TestClients.freshCode();
        ObjectNode asked;
        try (var in = getClass().getResourceAsStream("/fi/polku/events/samples/employment.referral-request.v1.json")) {
            asked = (ObjectNode) new ObjectMapper().readTree(in);
        }
        String reference = "TE-" + UUID.randomUUID();
        asked.put("externalReference", reference)
                .put("requestType", "HEALTH_CHECK")
                .put("unemployedSince", "2023-03-01");
        ((ObjectNode) asked.get("client")).put("identityCode", code);
        asked.remove("reasons");
        KafkaTestClient.send(Topics.EMPLOYMENT_REFERRAL_REQUESTS, reference, Map.of(), asked.toString());
        UUID client = TestClients.awaitRegistered(clients, code).id;
        assertEquals(0, referralsOf(client).getInt("total"));

        publish(
                EventType.HEALTH_CHECK_COMPLETED,
                client,
                Map.of("healthCheckId", UUID.randomUUID().toString()),
                null);
        JsonPath referred = referralsOf(client);
        assertEquals(1, referred.getInt("total"));
        assertEquals("HEALTH_CHECK", referred.getString("items[0].source"));
        assertEquals("UNEMPLOYED", referred.getString("items[0].labourMarketStatus"));
        assertEquals("2023-03-01", referred.getString("items[0].unemployedSince"));
    }

    @Test
    void aTeamReferralOfACheckWithoutAPathwayBecomesOneReferralFromTheHealthCheck() {
        UUID client = TestClients.registered(clients);
        String referral = """
                {"clientId": "%s", "source": "EMPLOYMENT_SERVICES", "referringOrganisation": "TE", "requestedArea": "Raahe",
                 "reasons": ["LONG_TERM_UNEMPLOYMENT"], "labourMarketStatus": "UNEMPLOYED", "unemployedSince": "2024-02-01"}""".formatted(client);
        TestReferrals.received(HANDLER, referral);
        String check = UUID.randomUUID().toString();

        publish(EventType.HEALTH_CHECK_COMPLETED, client, Map.of("healthCheckId", check), null);
        JsonPath after = referralsOf(client);
        assertEquals(2, after.getInt("total"));
        assertEquals("HEALTH_CHECK", after.getString("items[1].source"));
        assertEquals("PARTIAL_WORK_ABILITY", after.getString("items[1].reasons[0]"));
        assertEquals("UNEMPLOYED", after.getString("items[1].labourMarketStatus"));
        assertEquals("2024-02-01", after.getString("items[1].unemployedSince"));
        assertEquals("Raahe", after.getString("items[1].requestedArea"));

        publish(EventType.HEALTH_CHECK_COMPLETED, client, Map.of("healthCheckId", check), null);
        publish(
                EventType.HEALTH_CHECK_AMENDED,
                client,
                Map.of("healthCheckId", check),
                null,
                json -> json.replace("\"WORK_ABILITY_ASSESSMENT\"", "\"TEAM_REFERRAL\""));
        assertEquals(2, referralsOf(client).getInt("total"), "one check refers once, redelivered or amended");

        publish(
                EventType.HEALTH_CHECK_COMPLETED,
                client,
                Map.of("healthCheckId", UUID.randomUUID().toString()),
                UUID.randomUUID().toString());
        publish(
                EventType.HEALTH_CHECK_AMENDED,
                client,
                Map.of("healthCheckId", UUID.randomUUID().toString()),
                null);
        assertEquals(
                List.of("EMPLOYMENT_SERVICES", "HEALTH_CHECK"),
                referralsOf(client).getList("items.source"),
                "a check on a pathway refers nobody, nor one without a team referral");
    }
}
