package fi.polku.referral.referral;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.polku.events.AgeGroup;
import fi.polku.events.CloudEventHeaders;
import fi.polku.events.Topics;
import fi.polku.platform.testing.KafkaTestClient;
import fi.polku.platform.testing.PolkuTest;
import fi.polku.platform.testing.Tokens;
import fi.polku.referral.TestApi;
import fi.polku.referral.client.ClientService;
import fi.polku.referral.client.IdentityCode;
import fi.polku.referral.client.TestClients;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
@PolkuTest
class ReferralResourceTest {

    private static final String INTEGRATION = Tokens.as("te-integration")
            .roles("integration-employment")
            .organisation("EMPLOYMENT_SERVICES")
            .bearer();
    private static final String PROFESSIONAL = Tokens.bearer("liisa", "referral-handler", "team-member");

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    ClientService clients;

    static String body(UUID clientId) {
        return """
                {"clientId": "%s", "source": "EMPLOYMENT_SERVICES", "referringOrganisation": "TE-toimisto, Oulu",
                 "referringPerson": "Anna Asiantuntija", "requestedArea": "Oulu",
                 "freeText": "Selkäkipu, pitkä työttömyys", "reasons": ["PHYSICAL_HEALTH", "LONG_TERM_UNEMPLOYMENT"],
                 "labourMarketStatus": "UNEMPLOYED", "unemployedSince": "2024-09-01"}""".formatted(clientId);
    }

    private static ValidatableResponse receive(String bearer, String body) {
        return TestApi.post(bearer, body, "/api/v1/referrals");
    }

    /** Sends a referral as {@code bearer} under the Idempotency-Key {@code key}. */
    private static Response receive(String bearer, String key, String body) {
        return TestApi.json(bearer, body).header("Idempotency-Key", key).when().post("/api/v1/referrals");
    }

    @Test
    void anEmploymentSystemLearnsThatTheReferralArrivedAndNothingAboutThePerson() {
        UUID clientId = TestClients.registered(clients);
        receive(PROFESSIONAL, body(clientId)).statusCode(201);
        Map<String, Object> receipt = receive(INTEGRATION, body(clientId))
                .statusCode(201)
                .header("Location", notNullValue())
                .body("status", equalTo("RECEIVED"))
                .extract()
                .jsonPath()
                .getMap("");
        assertEquals(Set.of("id", "status", "receivedAt"), receipt.keySet());
    }

    @Test
    void aReceivedReferralIsStoredAndItsEventWrittenAndPublished() throws Exception {
        String code = TestClients.freshCode();
        UUID clientId = TestClients.register(clients, code, "564", false).id;
        AgeGroup ageGroup = AgeGroup.of(IdentityCode.parse(code).ageOn(LocalDate.now(ZoneId.of("Europe/Helsinki"))));
        String location = receive(PROFESSIONAL, body(clientId))
                .statusCode(201)
                .header("Location", notNullValue())
                .body("clientId", equalTo(clientId.toString()))
                .body("status", equalTo("RECEIVED"))
                .body("source", equalTo("EMPLOYMENT_SERVICES"))
                .body("ageGroup", equalTo(ageGroup.name()))
                .body("municipalityCode", equalTo("564"))
                .extract()
                .header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        String pathwayId = TestApi.get(PROFESSIONAL, location)
                .statusCode(200)
                .body("id", equalTo(id))
                .body("freeText", equalTo("Selkäkipu, pitkä työttömyys"))
                .extract()
                .path("pathwayId");

        Object[] outbox = QuarkusTransaction.requiringNew().call(() ->
                (Object[]) em.createNativeQuery("""
                select cast(aggregate_id as text), topic, type, source, cast(payload as text)
                from outbox_event where payload ->> 'referralId' = ?1""").setParameter(1, id).getSingleResult());
        assertEquals(pathwayId, outbox[0]);
        assertEquals(Topics.REFERRAL, outbox[1]);
        assertEquals("fi.polku.referral.received.v1", outbox[2]);
        assertEquals("/polku/referral-service", outbox[3]);
        JsonNode payload = json.readTree((String) outbox[4]);
        assertEquals(
                json.readTree("""
                {"referralId": "%s", "pathwayId": "%s", "clientId": "%s", "ageGroup": "%s",
                 "source": "EMPLOYMENT_SERVICES", "municipalityCode": "564", "requestedArea": "Oulu",
                 "labourMarketStatus": "UNEMPLOYED", "unemployedSince": "2024-09-01", "receivedAt": %s}""".formatted(id, pathwayId, clientId, ageGroup, payload.get("receivedAt"))), payload);

        ConsumerRecord<String, String> record = await().atMost(Duration.ofSeconds(15))
                .until(
                        () -> KafkaTestClient.readAll(Topics.REFERRAL).stream()
                                .filter(r -> r.key().equals(pathwayId))
                                .findFirst(),
                        java.util.Optional::isPresent)
                .orElseThrow();
        assertEquals("fi.polku.referral.received.v1", KafkaTestClient.header(record, CloudEventHeaders.TYPE));
        assertEquals(pathwayId, KafkaTestClient.header(record, CloudEventHeaders.SUBJECT));
        assertFalse(
                record.value().contains("Selkäkipu") || record.value().contains("Anna"),
                "free text or the referrer's name reached Kafka");
        assertFalse(
                record.value().contains(code.substring(0, 6)) || record.value().contains("Esimerkki"),
                "the identity code, birth date or name reached Kafka");
    }

    @Test
    void aClientsSecurityBanKeepsTheMunicipalityOffTheBus() throws Exception {
        UUID clientId = TestClients.register(clients, TestClients.freshCode(), "564", true).id;
        String id = receive(INTEGRATION, body(clientId))
                .statusCode(201)
                .body("municipalityCode", equalTo(null))
                .extract()
                .path("id");

        String payload = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                        "select cast(payload as text) from outbox_event where payload ->> 'referralId' = ?1")
                .setParameter(1, id)
                .getSingleResult());
        assertTrue(json.readTree(payload).get("municipalityCode").isNull(), payload);
    }

    @Test
    void aRepeatedIdempotencyKeyReplaysTheFirstReferral() throws Exception {
        UUID clientId = TestClients.registered(clients);
        String key = "te-oulu-" + UUID.randomUUID();
        String first = receive(INTEGRATION, key, body(clientId))
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        // The retries race each other: the key's claim serialises them.
        ExecutorService retries = Executors.newFixedThreadPool(4);
        List<Future<Response>> responses = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            responses.add(retries.submit(() -> receive(INTEGRATION, key, body(clientId))));
        }
        for (Future<Response> response : responses) {
            response.get()
                    .then()
                    .statusCode(200)
                    .body("id", equalTo(first))
                    .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/referrals/" + first));
        }
        retries.shutdown();

        assertEquals(1L, count("select count(*) from referral where client_id = '" + clientId + "'"));
        assertEquals(1L, count("select count(*) from outbox_event where payload ->> 'clientId' = '" + clientId + "'"));
    }

    @Test
    void anIdempotencyKeyReusedForAnotherReferralIs422AndWritesNothing() {
        UUID clientId = TestClients.registered(clients);
        String key = "te-oulu-" + UUID.randomUUID();
        receive(INTEGRATION, key, body(clientId)).then().statusCode(201);
        long referrals = count("select count(*) from referral");

        receive(INTEGRATION, key, body(clientId).replace("TE-toimisto, Oulu", "TE-toimisto, Kempele"))
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("was used for a different referral"));
        assertEquals(referrals, count("select count(*) from referral"));
    }

    @Test
    void idempotencyKeysBelongToTheirCaller() {
        UUID clientId = TestClients.registered(clients);
        String key = "shared-" + UUID.randomUUID();
        String mine = receive(INTEGRATION, key, body(clientId))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String another = Tokens.as("kunta-integration")
                .roles("integration-employment")
                .organisation("EMPLOYMENT_SERVICES")
                .bearer();
        String theirs = receive(another, key, body(clientId))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        assertFalse(mine.equals(theirs));
        receive(INTEGRATION, "x".repeat(201), body(clientId))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("idempotencyKey"));
    }

    @Test
    void aReferralForAnUnregisteredClientIsA400NamingClientId() {
        long before = count("select count(*) from referral");
        receive(INTEGRATION, body(UUID.randomUUID()))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("clientId"))
                .body("errors[0].message", equalTo("no client with this id is registered"));
        assertEquals(before, count("select count(*) from referral"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"clientId\": ",
                "[]",
                "{}",
                "{\"clientId\": \"nope\", \"source\": \"KELA\", \"referringOrganisation\": \"Kela\"}",
                "{\"clientId\": \"9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a\", \"source\": \"POLICE\", \"referringOrganisation\": \"x\"}",
                "{\"clientId\": \"9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a\", \"source\": \"KELA\", \"referringOrganisation\": \"  \"}",
                "{\"clientId\": \"9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a\", \"source\": \"KELA\", \"referringOrganisation\": \"Kela\"}",
                "{\"clientId\": \"9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a\", \"source\": 7, \"referringOrganisation\": {}}"
            })
    void badInputIsA400ProblemAndNothingIsWritten(String badBody) {
        long referralsBefore = count("select count(*) from referral");
        long outboxBefore = count("select count(*) from outbox_event");

        receive(INTEGRATION, badBody)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("title", equalTo("Request is not valid"));

        assertEquals(referralsBefore, count("select count(*) from referral"));
        assertEquals(outboxBefore, count("select count(*) from outbox_event"));
    }

    @Test
    void everyMissingFieldIsNamed() {
        receive(INTEGRATION, "{}")
                .statusCode(400)
                .body(
                        "errors.field",
                        equalTo(List.of(
                                "clientId", "labourMarketStatus", "reasons", "referringOrganisation", "source")));
    }

    @Test
    void rolesDecideWhoMayDoWhat() {
        receive(Tokens.bearer("markku", "manager"), body(TestClients.registered(clients)))
                .statusCode(403);
        TestApi.get(INTEGRATION, "/api/v1/referrals/{id}", UUID.randomUUID()).statusCode(403);
        TestApi.get(PROFESSIONAL, "/api/v1/referrals/{id}", UUID.randomUUID())
                .statusCode(404)
                .contentType("application/problem+json");
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
