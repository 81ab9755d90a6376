package fi.polku.referral.consent;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.polku.events.Topics;
import fi.polku.platform.testing.KafkaTestClient;
import fi.polku.platform.testing.PolkuTest;
import fi.polku.platform.testing.Tokens;
import fi.polku.referral.TestApi;
import fi.polku.referral.client.ClientService;
import fi.polku.referral.client.TestClients;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@PolkuTest
class ConsentResourceTest {

    private static final String PROFESSIONAL = Tokens.bearer("liisa", "referral-handler", "team-member");
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Helsinki"));

    @Inject
    ClientService clients;

    private static ValidatableResponse post(UUID client, String path, String body) {
        return TestApi.post(PROFESSIONAL, body, "/api/v1/clients/{id}/consents" + path, client);
    }

    private static ValidatableResponse read(UUID client, String day) {
        return TestApi.as(PROFESSIONAL)
                .queryParam("on", day)
                .when()
                .get("/api/v1/clients/{id}/consents", client)
                .then();
    }

    @Test
    void givenAndWithdrawnConsentIsDerivableOnAnyDayAndPublishedKeyedByClient() {
        UUID client = TestClients.registered(clients);
        String withdrawalDay = TODAY.plusDays(10).toString();

        post(client, "", """
                {"organisationTypes": ["KELA", "EMPLOYMENT_SERVICES"]}""")
                .statusCode(201)
                .body("kind", equalTo("GIVEN"))
                .body("validFrom", equalTo(TODAY.toString()))
                .body("recordedBy", equalTo("p-liisa"));
        post(client, "/withdrawals", """
                {"organisationTypes": ["KELA"], "effectiveFrom": "%s"}""".formatted(withdrawalDay))
                .statusCode(201)
                .body("kind", equalTo("WITHDRAWN"));

        read(client, TODAY.toString())
                .statusCode(200)
                .body("inForce", hasSize(2))
                .body("history.items", hasSize(2))
                .body("history.total", equalTo(2))
                .body("history.items[0].kind", equalTo("GIVEN"));
        read(client, withdrawalDay)
                .statusCode(200)
                .body("inForce", hasSize(1))
                .body("inForce[0].organisationType", equalTo("EMPLOYMENT_SERVICES"))
                .body("inForce[0].label", equalTo("TE-palvelut"));

        await().atMost(Duration.ofSeconds(20)).until(() -> onTheBus(client).size() == 2);
        List<ConsumerRecord<String, String>> events = onTheBus(client);
        assertEquals(
                List.of("fi.polku.consent.given.v1", "fi.polku.consent.withdrawn.v1"),
                events.stream()
                        .map(r -> new String(r.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8))
                        .toList());
        assertEquals(false, events.getFirst().value().contains("liisa"), "who recorded it stays here");
    }

    @Test
    void withdrawingWhatIsNotInForceIsAConflictAndRecordsNothing() {
        UUID client = TestClients.registered(clients);
        post(client, "", "{\"organisationTypes\": [\"KELA\"]}").statusCode(201);

        post(client, "/withdrawals", "{\"organisationTypes\": [\"KELA\", \"THIRD_SECTOR\"]}")
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("THIRD_SECTOR"));
        read(client, TODAY.toString()).body("history.items", hasSize(1));
    }

    @Test
    void badConsentRequestsNameTheFieldAndTheRule() {
        UUID client = TestClients.registered(clients);
        post(client, "", "{\"organisationTypes\": []}")
                .statusCode(400)
                .body("errors[0].field", equalTo("organisationTypes"));
        post(client, "", "{\"organisationTypes\": [\"TE_OFFICE\"]}")
                .statusCode(400)
                .body("errors[0].field", containsString("organisationTypes"));
        // A number is never an enum's position: [4] would have been THIRD_SECTOR.
        post(client, "", "{\"organisationTypes\": [4]}")
                .statusCode(400)
                .body("errors[0].field", containsString("organisationTypes"));
        read(client, TODAY.toString()).statusCode(200).body("inForce", hasSize(0));
        post(client, "", """
                {"organisationTypes": ["KELA"], "validFrom": "%s", "validUntil": "%s"}""".formatted(TODAY.plusDays(5), TODAY.plusDays(1)))
                .statusCode(400)
                .body("errors[0].field", equalTo("validUntil"));
        post(client, "/withdrawals", "{\"organisationTypes\": [\"KELA\"], \"effectiveFrom\": \"2020-01-01\"}")
                .statusCode(400)
                .body("errors[0].field", equalTo("effectiveFrom"));
        read(client, "yesterday").statusCode(400).body("errors[0].field", equalTo("on"));
        post(client, "", "{\"organisationTypes\": [\"KELA\"], \"validUntil\": \"2999-12-31\"}")
                .statusCode(400)
                .body("errors[0].field", equalTo("validUntil"))
                .body("errors[0].message", equalTo("must be a day from 1900-01-01 to 2100-12-31"));
        post(client, "", "{\"organisationTypes\": [\"KELA\"], \"validFrom\": \"0001-01-01\"}")
                .statusCode(400)
                .body("errors[0].field", equalTo("validFrom"));
        post(UUID.randomUUID(), "", "{\"organisationTypes\": [\"KELA\"]}").statusCode(404);
        read(client, TODAY.toString()).body("history.items", hasSize(0));
    }

    @Test
    void onlyProfessionalsRecordConsent() {
        UUID client = TestClients.registered(clients);
        String integration = Tokens.as("te")
                .roles("integration-employment")
                .organisation("EMPLOYMENT_SERVICES")
                .bearer();
        TestApi.post(integration, "{\"organisationTypes\": [\"KELA\"]}", "/api/v1/clients/{id}/consents", client)
                .statusCode(403);
    }

    private static List<ConsumerRecord<String, String>> onTheBus(UUID client) {
        return KafkaTestClient.readAll(Topics.CONSENT).stream()
                .filter(r -> r.key().equals(client.toString()))
                .toList();
    }
}
