package fi.polku.referral.employment;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.events.OrganisationType;
import fi.polku.events.Topics;
import fi.polku.platform.inbox.DeadLetterHeaders;
import fi.polku.platform.testing.KafkaTestClient;
import fi.polku.platform.testing.PolkuTest;
import fi.polku.platform.testing.Tokens;
import fi.polku.referral.TestApi;
import fi.polku.referral.client.Client;
import fi.polku.referral.client.ClientService;
import fi.polku.referral.client.IdentityCode;
import fi.polku.referral.client.TestClients;
import fi.polku.referral.consent.ConsentService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@PolkuTest
class EmploymentIntegrationTest {

    private static final String PROFESSIONAL = Tokens.bearer("liisa", "referral-handler", "team-member");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Helsinki"));

    @Inject
    ClientService clients;

    @Inject
    ConsentService consents;

    @Inject
    EntityManager em;

    /** The published sample request, for another person and reference, with or without consent. */
    private static ObjectNode request(String reference, String identityCode, boolean consent) throws IOException {
        try (InputStream in = EmploymentIntegrationTest.class.getResourceAsStream(
                "/fi/polku/events/samples/employment.referral-request.v1.json")) {
            ObjectNode request = (ObjectNode) JSON.readTree(in);
            request.put("externalReference", reference);
            ((ObjectNode) request.get("client")).put("identityCode", identityCode);
            if (consent) {
                request.putObject("consent")
                        .put("validFrom", TODAY.toString())
                        .put("validUntil", TODAY.plusYears(1).toString());
            } else {
                request.remove("consent");
            }
            return request;
        }
    }

    private static void send(String key, JsonNode request) {
        KafkaTestClient.send(Topics.EMPLOYMENT_REFERRAL_REQUESTS, key, Map.of(), request.toString());
    }

    /** [referralId, pathwayId, clientId] of the referral a request became, once it has. */
    private Optional<String[]> referralOf(String reference) {
        List<?> rows = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("""
                select cast(referral_id as text), cast(pathway_id as text), cast(client_id as text)
                from employment_referral where external_reference = ?1 and referral_id is not null""").setParameter(1, reference).getResultList());
        return rows.stream()
                .map(r -> {
                    Object[] columns = (Object[]) r;
                    return new String[] {(String) columns[0], (String) columns[1], (String) columns[2]};
                })
                .findFirst();
    }

    private long referralsOfClient(UUID clientId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("select count(*) from referral where client_id = ?1")
                                .setParameter(1, clientId)
                                .getSingleResult())
                        .longValue());
    }

    @Test
    void theSameRequestTwiceCreatesOneClientAndOneReferralWithTheConsentItCarries() throws Exception {
        String reference = "TE-" + UUID.randomUUID();
        String code = TestClients.freshCode();
        send(reference, request(reference, code, true));
        send(reference, request(reference, code, true));
        // Same key, same partition: once this one is in, both copies before it have been handled.
        String sentinel = reference + "-sentinel";
        send(reference, request(sentinel, TestClients.freshCode(), false));
        await().atMost(Duration.ofSeconds(30)).until(() -> referralOf(sentinel).isPresent());

        Client client = clients.lookupByIdentityCode(IdentityCode.parse(code)).orElseThrow();
        String[] referral = referralOf(reference).orElseThrow();
        assertEquals(client.id.toString(), referral[2]);
        assertEquals(1, referralsOfClient(client.id));
        assertTrue(consents.inForce(client.id, OrganisationType.EMPLOYMENT_SERVICES, TODAY));
        TestApi.get(PROFESSIONAL, "/api/v1/referrals/{id}", referral[0])
                .statusCode(200)
                .body("source", equalTo("EMPLOYMENT_SERVICES"))
                .body("labourMarketStatus", equalTo("UNEMPLOYED"))
                .body("unemployedSince", equalTo("2024-09-01"));
    }

    @Test
    void updatesGoOutOnlyWhileTheClientsConsentIsInForceAndQuoteTheSendersReference() throws Exception {
        String reference = "TE-" + UUID.randomUUID();
        String code = TestClients.freshCode();
        send(reference, request(reference, code, true));
        await().atMost(Duration.ofSeconds(30)).until(() -> referralOf(reference).isPresent());
        String[] referral = referralOf(reference).orElseThrow();
        String pathway = referral[1];
        String client = referral[2];

        post("/api/v1/referrals/{id}/accept", referral[0], "{\"pathwayType\": \"UNEMPLOYED\", \"area\": \"Oulu\"}");
        post("/api/v1/clients/{id}/consents/withdrawals", client, "{\"organisationTypes\": [\"EMPLOYMENT_SERVICES\"]}");
        String service = TestApi.post(
                        PROFESSIONAL,
                        "{\"serviceType\": \"SUPPORTED_EMPLOYMENT_IPS\"}",
                        "/api/v1/pathways/{id}/service-referrals",
                        pathway)
                .statusCode(201)
                .extract()
                .path("id");
        post("/api/v1/service-referrals/{id}/start", service, "{}");
        post("/api/v1/clients/{id}/consents", client, "{\"organisationTypes\": [\"EMPLOYMENT_SERVICES\"]}");
        // The IPS service still runs, so it ends with the pathway: the client found work.
        post("/api/v1/pathways/{id}/close", pathway, """
                {"outcome": "EMPLOYED_OPEN_MARKET", "openServices": {"reason": "OTHER", "employed": true}}""");

        await().atMost(Duration.ofSeconds(30))
                .until(() -> updates(pathway).stream()
                        .anyMatch(u -> u.get("change").asText().equals("PATHWAY_CLOSED")));
        List<JsonNode> updates = updates(pathway);
        assertEquals(
                List.of("PATHWAY_OPENED", "PATHWAY_CLOSED"),
                updates.stream().map(u -> u.get("change").asText()).toList(),
                "the service started while consent was withdrawn, so that update never left");
        assertEquals(reference, updates.get(1).get("externalReference").asText());
        assertEquals("EMPLOYED_OPEN_MARKET", updates.get(1).get("outcome").asText());
        for (ConsumerRecord<String, String> record : KafkaTestClient.readAll(Topics.EMPLOYMENT_PATHWAY_UPDATES)) {
            assertFalse(
                    record.value().contains(code)
                            || record.value().contains("Meikäläinen")
                            || record.value().contains(client),
                    "only the sender's reference names the client");
        }
    }

    @Test
    void aRequestThatBreaksARuleIsDeadLetteredWithoutItsIdentityCodeAndWritesNothing() throws Exception {
        String badCode = "010190-9124";
        String reference = "TE-" + UUID.randomUUID();
        send(reference, request(reference, badCode, true));
        String code = TestClients.freshCode();
        String unemployedSinceless = "TE-" + UUID.randomUUID();
        ObjectNode noDate = request(unemployedSinceless, code, true);
        noDate.remove("unemployedSince");
        send(unemployedSinceless, noDate);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> deadLetters(unemployedSinceless).size() == 1
                        && deadLetters(reference).size() == 1);
        String badCodeReason = reason(deadLetters(reference).getFirst());
        assertTrue(badCodeReason.startsWith("client.identityCode: the check character"), badCodeReason);
        assertFalse(badCodeReason.contains(badCode));
        assertTrue(reason(deadLetters(unemployedSinceless).getFirst()).startsWith("unemployedSince: is required"));
        assertTrue(referralOf(reference).isEmpty());
        assertTrue(
                clients.lookupByIdentityCode(IdentityCode.parse(code)).isEmpty(),
                "the client registered for the refused request was rolled back with it");
    }

    @Test
    void aHealthCheckRequestIsPassedOnOnceByClientWithoutTheCodeAndMakesNoReferral() throws Exception {
        String reference = "KUNTA-" + UUID.randomUUID();
        String code = TestClients.freshCode();
        ObjectNode asked = request(reference, code, false);
        asked.put("requestType", "HEALTH_CHECK").put("organisationType", "MUNICIPAL_EMPLOYMENT");
        asked.remove("reasons");
        send(reference, asked);
        send(reference, asked);
        String refused = "KUNTA-" + UUID.randomUUID();
        ObjectNode withReasons = request(refused, TestClients.freshCode(), false);
        withReasons.put("requestType", "HEALTH_CHECK");
        send(refused, withReasons);
        await().atMost(Duration.ofSeconds(30)).until(() -> deadLetters(refused).size() == 1);
        assertTrue(reason(deadLetters(refused).getFirst()).startsWith("reasons: a health-check request gives none"));

        Client client = TestClients.awaitRegistered(clients, code);
        List<?> published = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("""
                select topic, cast(payload as text) from outbox_event
                where aggregate_id = ?1 and type = 'fi.polku.employment.health-check-requested.v1'""").setParameter(1, client.id).getResultList());
        assertEquals(1, published.size(), "the same request twice is passed on once");
        Object[] event = (Object[]) published.getFirst();
        assertEquals(Topics.HEALTH_CHECK_REQUESTS, event[0]);
        JsonNode payload = JSON.readTree((String) event[1]);
        assertEquals("MUNICIPAL_EMPLOYMENT", payload.get("organisationType").asText());
        assertEquals("2024-09-01", payload.get("unemployedSince").asText());
        assertFalse(
                event[1].toString().contains(code) || event[1].toString().contains("Meikäläinen"),
                "no identity code or name leaves on the bus");
        assertEquals(0, referralsOfClient(client.id), "a health-check request makes no referral");
    }

    private static void post(String path, String id, String body) {
        TestApi.post(PROFESSIONAL, body, path, id).statusCode(org.hamcrest.Matchers.oneOf(200, 201));
    }

    private static List<JsonNode> updates(String pathway) {
        return KafkaTestClient.readAll(Topics.EMPLOYMENT_PATHWAY_UPDATES).stream()
                .filter(r -> r.key().equals(pathway))
                .map(r -> {
                    try {
                        return JSON.readTree(r.value());
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private static List<ConsumerRecord<String, String>> deadLetters(String key) {
        return KafkaTestClient.readAll(Topics.deadLetter(Topics.EMPLOYMENT_REFERRAL_REQUESTS, "referral-service"))
                .stream()
                .filter(r -> key.equals(r.key()))
                .toList();
    }

    private static String reason(ConsumerRecord<String, String> record) {
        return new String(record.headers().lastHeader(DeadLetterHeaders.REASON).value(), StandardCharsets.UTF_8);
    }
}
