package fi.polku.referral.timeline;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.polku.events.EventType;
import fi.polku.platform.testing.PolkuTest;
import fi.polku.platform.testing.TestEvents;
import fi.polku.platform.testing.Tokens;
import fi.polku.referral.client.ClientService;
import fi.polku.referral.client.TestClients;
import fi.polku.referral.pathway.TestPathways;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@PolkuTest
class TimelineTest {

    private static final String PROFESSIONAL = Tokens.bearer("liisa", "referral-handler", "team-member");

    @Inject
    ClientService clients;
    @Inject
    EntityManager em;

    private static JsonPath timeline(String pathway, String lang) {
        return given().header("Authorization", PROFESSIONAL).queryParam("lang", lang)
                .when().get("/api/v1/pathways/{id}/timeline", pathway).then().statusCode(200).extract().jsonPath();
    }

    /** Publishes the contract's sample of {@code type} for {@code pathway}, happening at {@code at}. */
    private static UUID publish(EventType<?> type, String pathway, String timeField, Instant at) {
        String json = TestEvents.sample(type, Map.of("pathwayId", pathway, timeField, at.toString()));
        return TestEvents.publish(type, UUID.randomUUID(), UUID.fromString(pathway), at.toString(), json);
    }

    @Test
    void theTimelineShowsTheTeamAndHealthCheckEventsInTimeOrderWithTheServicesOwn() {
        UUID client = TestClients.registered(clients);
        String pathway = TestPathways.open(client)[1];
        Instant later = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

        String completed = later.plusSeconds(120).toString();
        TestEvents.publish(EventType.HEALTH_CHECK_COMPLETED, UUID.randomUUID(), client, completed,
                TestEvents.sample(EventType.HEALTH_CHECK_COMPLETED, Map.of("pathwayId", pathway,
                        "clientId", client.toString(), "completedAt", completed)));
        String withoutPathway = later.plusSeconds(180).toString();
        UUID noPathway = TestEvents.publish(EventType.HEALTH_CHECK_REQUESTED, UUID.randomUUID(), client, withoutPathway,
                TestEvents.sample(EventType.HEALTH_CHECK_REQUESTED, Map.of("clientId", client.toString(),
                        "requestedAt", withoutPathway)).replaceFirst("\"pathwayId\": \"[^\"]*\"", "\"pathwayId\": null"));
        publish(EventType.TEAM_ASSEMBLED, pathway, "assembledAt", later);
        UUID coordinator = publish(EventType.CLIENT_COORDINATOR_CHANGED, pathway, "changedAt", later.plusSeconds(60));
        String again = TestEvents.sample(EventType.CLIENT_COORDINATOR_CHANGED, Map.of("pathwayId", pathway,
                "changedAt", later.plusSeconds(60).toString()));
        TestEvents.publish(EventType.CLIENT_COORDINATOR_CHANGED, coordinator, UUID.fromString(pathway),
                later.plusSeconds(60).toString(), again);

        await().atMost(Duration.ofSeconds(30)).until(() -> timeline(pathway, "fi").getInt("total") == 6);
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from processed_event where event_id = ?1 "
                        + "and consumer = 'referral-service-timeline-health-check'").setParameter(1, noPathway)
                .getSingleResult()).longValue() == 1));
        JsonPath timeline = timeline(pathway, "sv");
        assertEquals(List.of("fi.polku.referral.received.v1", "fi.polku.pathway.opened.v1",
                "fi.polku.referral.accepted.v1", "fi.polku.team.assembled.v1",
                "fi.polku.team.client-coordinator-changed.v1", "fi.polku.health-check.completed.v1"),
                timeline.getList("entries.type"));
        assertEquals("Klientens team sammansatt", timeline.getString("entries[3].label"));
        assertEquals(List.of("DOCTOR_APPOINTMENT", "TEAM_REFERRAL"), timeline.getList("entries[5].facts.followUps"));
        assertEquals(java.util.Set.of("healthCheckId", "assessment", "followUps", "municipalityCode", "completedAt"),
                timeline.getMap("entries[5].facts").keySet(), "coded facts, without the ids of the address");
        assertEquals("/polku/test-producer", timeline.getString("entries[4].source"));

        JsonPath second = given().header("Authorization", PROFESSIONAL).queryParam("page", 1).queryParam("size", 4)
                .when().get("/api/v1/pathways/{id}/timeline", pathway).then().statusCode(200).extract().jsonPath();
        assertEquals(6, second.getInt("total"));
        assertEquals(List.of("fi.polku.team.client-coordinator-changed.v1", "fi.polku.health-check.completed.v1"),
                second.getList("entries.type"), "the timeline is paged like every list");
    }

    @Test
    void anUnknownPathwayHasNoTimelineAndTheLanguageIsChecked() {
        given().header("Authorization", PROFESSIONAL).when().get("/api/v1/pathways/{id}/timeline", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        String pathway = TestPathways.open(TestClients.registered(clients))[1];
        given().header("Authorization", PROFESSIONAL).queryParam("lang", "de")
                .when().get("/api/v1/pathways/{id}/timeline", pathway)
                .then().statusCode(400).body("errors[0].field", equalTo("lang"));
    }
}
