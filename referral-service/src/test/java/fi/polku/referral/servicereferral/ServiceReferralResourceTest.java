package fi.polku.referral.servicereferral;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.polku.events.Topics;
import fi.polku.platform.testing.KafkaTestClient;
import fi.polku.platform.testing.PolkuTest;
import fi.polku.platform.testing.Tokens;
import fi.polku.referral.TestApi;
import fi.polku.referral.client.ClientService;
import fi.polku.referral.client.TestClients;
import fi.polku.referral.pathway.TestPathways;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@PolkuTest
class ServiceReferralResourceTest {

    private static final String PROFESSIONAL = Tokens.bearer("liisa", "referral-handler", "team-member");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ClientService clients;

    private static ValidatableResponse post(String path, Object id, String body) {
        return TestApi.post(PROFESSIONAL, body, path, id);
    }

    private static String plan(String pathway, String type) {
        return post("/api/v1/pathways/{id}/service-referrals", pathway, """
                {"serviceType": "%s", "provider": "IPS-valmennus, Oulu"}""".formatted(type))
                .statusCode(201)
                .body("status", equalTo("PLANNED"))
                .extract()
                .path("id");
    }

    @Test
    void supportedEmploymentIsPlannedStartedAndEndedWithItsEventsOnTheBus() throws Exception {
        String pathway = TestPathways.open(TestClients.registered(clients))[1];
        String ips = plan(pathway, "SUPPORTED_EMPLOYMENT_IPS");

        post("/api/v1/service-referrals/{id}/start", ips, "{}").statusCode(200).body("status", equalTo("STARTED"));
        post("/api/v1/service-referrals/{id}/start", ips, "{}").statusCode(409).contentType("application/problem+json");
        post("/api/v1/service-referrals/{id}/end", ips, "{\"result\": \"COMPLETED\"}")
                .statusCode(400)
                .body("errors[0].field", equalTo("employed"));
        post("/api/v1/service-referrals/{id}/end", ips, "{\"result\": \"COMPLETED\", \"employed\": true}")
                .statusCode(200)
                .body("status", equalTo("ENDED"))
                .body("employed", equalTo(true));

        TestApi.get(PROFESSIONAL, "/api/v1/pathways/{id}/service-referrals", pathway)
                .statusCode(200)
                .body("items", hasSize(1))
                .body("total", equalTo(1))
                .body("items[0].result", equalTo("COMPLETED"));
        await().atMost(Duration.ofSeconds(20)).until(() -> onTheBus(pathway).size() == 2);
        List<ConsumerRecord<String, String>> events = onTheBus(pathway);
        assertEquals("fi.polku.pathway.service-referral.started.v1", type(events.get(0)));
        JsonNode ended = JSON.readTree(events.get(1).value());
        assertEquals("fi.polku.pathway.service-referral.ended.v1", type(events.get(1)));
        assertEquals(ips, ended.get("serviceReferralId").asText());
        assertEquals(true, ended.get("employed").asBoolean());
    }

    @Test
    void aServiceThatNeverStartedIsEndedAsNotRealisedWithAReason() {
        String pathway = TestPathways.open(TestClients.registered(clients))[1];
        String work = plan(pathway, "REHABILITATIVE_WORK_ACTIVITY");

        post("/api/v1/service-referrals/{id}/end", work, "{\"result\": \"NOT_REALISED\"}")
                .statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        post(
                        "/api/v1/service-referrals/{id}/end",
                        work,
                        "{\"result\": \"NOT_REALISED\", \"reason\": \"NO_SUCH_REASON\"}")
                .statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        post("/api/v1/service-referrals/{id}/end", work, "{\"result\": \"NOT_REALISED\", \"reason\": \"NO_CAPACITY\"}")
                .statusCode(200)
                .body("reason", equalTo("NO_CAPACITY"))
                .body("startedOn", equalTo(null));
    }

    @Test
    void aPathwayWithServicesStillOpenClosesOnlyWithAReasonAndTheyEndWithItBeforeItsClose() {
        String pathway = TestPathways.open(TestClients.registered(clients))[1];
        String education = plan(pathway, "EDUCATION");
        String ips = plan(pathway, "SUPPORTED_EMPLOYMENT_IPS");
        post("/api/v1/service-referrals/{id}/start", ips, "{}").statusCode(200);

        post("/api/v1/pathways/{id}/close", pathway, "{\"outcome\": \"MOVED_AWAY\"}")
                .statusCode(422)
                .body("type", equalTo("https://polku.fi/problems/rule/open-service-referrals"))
                .body("errors[0].field", equalTo("openServices.reason"))
                .body("detail", containsString(education))
                .body("detail", containsString(ips));
        post("/api/v1/pathways/{id}/close", pathway, """
                {"outcome": "MOVED_AWAY", "openServices": {"reason": "CLIENT_MOVED"}}""")
                .statusCode(400)
                .body("errors[0].field", equalTo("openServices.employed"));
        TestApi.get(PROFESSIONAL, "/api/v1/pathways/{id}", pathway).body("status", equalTo("OPEN"));
        TestApi.get(PROFESSIONAL, "/api/v1/service-referrals/{id}", education).body("status", equalTo("PLANNED"));
        TestApi.get(PROFESSIONAL, "/api/v1/service-referrals/{id}", ips).body("status", equalTo("STARTED"));

        post("/api/v1/pathways/{id}/close", pathway, """
                {"outcome": "MOVED_AWAY", "openServices": {"reason": "CLIENT_MOVED", "employed": false}}""").statusCode(200).body("status", equalTo("CLOSED"));
        TestApi.get(PROFESSIONAL, "/api/v1/service-referrals/{id}", education)
                .body("status", equalTo("ENDED"))
                .body("result", equalTo("NOT_REALISED"))
                .body("reason", equalTo("CLIENT_MOVED"));
        TestApi.get(PROFESSIONAL, "/api/v1/service-referrals/{id}", ips)
                .body("status", equalTo("ENDED"))
                .body("result", equalTo("INTERRUPTED"))
                .body("reason", equalTo("CLIENT_MOVED"))
                .body("employed", equalTo(false));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> typesOnTheBus(pathway).contains("fi.polku.pathway.closed.v1"));
        assertEquals(
                List.of(
                        "fi.polku.pathway.service-referral.started.v1",
                        "fi.polku.pathway.service-referral.ended.v1",
                        "fi.polku.pathway.service-referral.ended.v1",
                        "fi.polku.pathway.closed.v1"),
                typesOnTheBus(pathway).stream()
                        .filter(type -> type.contains("service-referral") || type.contains("closed"))
                        .toList());

        post("/api/v1/service-referrals/{id}/start", education, "{}")
                .statusCode(409)
                .body("detail", containsString("closed"));
        post("/api/v1/pathways/{id}/service-referrals", pathway, "{\"serviceType\": \"EDUCATION\"}")
                .statusCode(409);
    }

    @Test
    void aPathwayWhoseServicesHaveEndedClosesWithoutAReasonForThem() {
        String pathway = TestPathways.open(TestClients.registered(clients))[1];
        String work = plan(pathway, "REHABILITATIVE_WORK_ACTIVITY");
        post("/api/v1/service-referrals/{id}/end", work, "{\"result\": \"NOT_REALISED\", \"reason\": \"NO_CAPACITY\"}")
                .statusCode(200);
        post(
                        "/api/v1/pathways/{id}/close",
                        pathway,
                        "{\"outcome\": \"EDUCATION\", \"openServices\": {\"reason\": \"OTHER\", \"employed\": true}}")
                .statusCode(400)
                .body("errors[0].field", equalTo("openServices.employed"));
        post("/api/v1/pathways/{id}/close", pathway, "{\"outcome\": \"EDUCATION\"}")
                .statusCode(200);
        TestApi.get(PROFESSIONAL, "/api/v1/service-referrals/{id}", work).body("reason", equalTo("NO_CAPACITY"));
    }

    @Test
    void badRequestsNameTheFieldAndUnknownOnesAre404() {
        String pathway = TestPathways.open(TestClients.registered(clients))[1];
        post("/api/v1/pathways/{id}/service-referrals", pathway, "{}")
                .statusCode(400)
                .body("errors[0].field", equalTo("serviceType"));
        post("/api/v1/pathways/{id}/service-referrals", pathway, "{\"serviceType\": \"ASTROLOGY\"}")
                .statusCode(400)
                .body("errors[0].field", equalTo("serviceType"));
        post("/api/v1/pathways/{id}/service-referrals", UUID.randomUUID(), "{\"serviceType\": \"EDUCATION\"}")
                .statusCode(404);
        post("/api/v1/service-referrals/{id}/start", UUID.randomUUID(), "{}").statusCode(404);
        String work = plan(pathway, "EDUCATION");
        post("/api/v1/service-referrals/{id}/start", work, "{\"startedOn\": \"2999-01-01\"}")
                .statusCode(400)
                .body("errors[0].field", equalTo("startedOn"));
        TestApi.get(PROFESSIONAL, "/api/v1/service-referrals/{id}", work).body("status", equalTo("PLANNED"));
    }

    private static List<ConsumerRecord<String, String>> onTheBus(String pathway) {
        return KafkaTestClient.readAll(Topics.REFERRAL).stream()
                .filter(r -> r.key().equals(pathway) && type(r).contains("service-referral"))
                .toList();
    }

    private static List<String> typesOnTheBus(String pathway) {
        return KafkaTestClient.readAll(Topics.REFERRAL).stream()
                .filter(r -> r.key().equals(pathway))
                .map(ServiceReferralResourceTest::type)
                .toList();
    }

    private static String type(ConsumerRecord<String, String> record) {
        return new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8);
    }
}
