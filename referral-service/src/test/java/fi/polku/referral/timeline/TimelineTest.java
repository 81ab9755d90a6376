package fi.polku.referral.timeline;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.polku.events.EventType;
import fi.polku.platform.security.Role;
import fi.polku.platform.testing.PolkuTest;
import fi.polku.platform.testing.TestEvents;
import fi.polku.platform.testing.Tokens;
import fi.polku.referral.TestApi;
import fi.polku.referral.TestConsumers;
import fi.polku.referral.client.ClientService;
import fi.polku.referral.client.TestClients;
import fi.polku.referral.pathway.TestPathways;
import fi.polku.referral.team.TestTeams;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
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

    /** The timeline of {@code pathway} as {@code bearer} reads it, asked with {@code query} (lang, page, size). */
    private static ValidatableResponse read(String bearer, Object pathway, Map<String, ?> query) {
        return TestApi.as(bearer)
                .queryParams(query)
                .when()
                .get("/api/v1/pathways/{id}/timeline", pathway)
                .then();
    }

    private static JsonPath timeline(String pathway, String lang) {
        return read(PROFESSIONAL, pathway, Map.of("lang", lang))
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** Publishes the contract's sample of a completed health check of {@code client} on {@code pathway}. */
    private static void publishCompletedCheck(UUID client, String pathway, String completedAt) {
        TestEvents.publish(
                EventType.HEALTH_CHECK_COMPLETED,
                UUID.randomUUID(),
                client,
                completedAt,
                TestEvents.sample(
                        EventType.HEALTH_CHECK_COMPLETED,
                        Map.of("pathwayId", pathway, "clientId", client.toString(), "completedAt", completedAt)));
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

        publishCompletedCheck(client, pathway, later.plusSeconds(120).toString());
        String withoutPathway = later.plusSeconds(180).toString();
        UUID noPathway = TestEvents.publish(
                EventType.HEALTH_CHECK_REQUESTED,
                UUID.randomUUID(),
                client,
                withoutPathway,
                TestEvents.sample(
                                EventType.HEALTH_CHECK_REQUESTED,
                                Map.of("clientId", client.toString(), "requestedAt", withoutPathway))
                        .replaceFirst("\"pathwayId\": \"[^\"]*\"", "\"pathwayId\": null"));
        publish(EventType.TEAM_ASSEMBLED, pathway, "assembledAt", later);
        UUID coordinator = publish(EventType.CLIENT_COORDINATOR_CHANGED, pathway, "changedAt", later.plusSeconds(60));
        String again = TestEvents.sample(
                EventType.CLIENT_COORDINATOR_CHANGED,
                Map.of("pathwayId", pathway, "changedAt", later.plusSeconds(60).toString()));
        TestEvents.publish(
                EventType.CLIENT_COORDINATOR_CHANGED,
                coordinator,
                UUID.fromString(pathway),
                later.plusSeconds(60).toString(),
                again);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> timeline(pathway, "fi").getInt("total") == 6);
        TestConsumers.awaitClaimed(em, "referral-service-timeline-health-check", noPathway, Duration.ofSeconds(30));
        JsonPath timeline = timeline(pathway, "sv");
        assertEquals(
                List.of(
                        "fi.polku.referral.received.v1",
                        "fi.polku.pathway.opened.v1",
                        "fi.polku.referral.accepted.v1",
                        "fi.polku.team.assembled.v1",
                        "fi.polku.team.client-coordinator-changed.v1",
                        "fi.polku.health-check.completed.v1"),
                timeline.getList("entries.type"));
        assertEquals("Klientens team sammansatt", timeline.getString("entries[3].label"));
        assertEquals(
                java.util.Set.of("healthCheckId", "completedAt"),
                timeline.getMap("entries[5].facts").keySet(),
                "a referral handler sees that the check was done, not what it found");
        assertEquals(true, timeline.getBoolean("entries[5].healthDetailsWithheld"));
        assertEquals(false, timeline.getBoolean("entries[4].healthDetailsWithheld"));
        assertEquals("/polku/team-service", timeline.getString("entries[4].source"));

        String doctor = Tokens.bearer("lauri", "referral-handler", "team-member", "doctor");
        JsonPath asADoctor =
                read(doctor, pathway, Map.of()).statusCode(200).extract().jsonPath();
        assertEquals(List.of("DOCTOR_APPOINTMENT", "TEAM_REFERRAL"), asADoctor.getList("entries[5].facts.followUps"));
        assertEquals(
                java.util.Set.of("healthCheckId", "assessment", "followUps", "municipalityCode", "completedAt"),
                asADoctor.getMap("entries[5].facts").keySet(),
                "coded facts, without the ids of the address");

        JsonPath second = read(PROFESSIONAL, pathway, Map.of("page", 1, "size", 4))
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(6, second.getInt("total"));
        assertEquals(
                List.of("fi.polku.team.client-coordinator-changed.v1", "fi.polku.health-check.completed.v1"),
                second.getList("entries.type"),
                "the timeline is paged like every list");
    }

    @Test
    void anUnknownPathwayHasNoTimelineAndTheLanguageIsChecked() {
        read(PROFESSIONAL, UUID.randomUUID(), Map.of()).statusCode(404).contentType("application/problem+json");
        String pathway = TestPathways.open(TestClients.registered(clients))[1];
        read(PROFESSIONAL, pathway, Map.of("lang", "de")).statusCode(400).body("errors[0].field", equalTo("lang"));
    }

    /**
     * Who reads a health check's findings on the timeline, by role, organisation and place in the client's team: the
     * county's health professionals and the client's coordinator; every other reader of the pathway sees that the
     * check happened.
     */
    @Test
    void healthFindingsOnTheTimelineAreForHealthProfessionalsAndTheCoordinatorOnly() {
        UUID team = TestTeams.registered("Terveys " + UUID.randomUUID(), "Oulu");
        UUID coordinator = TestTeams.countyMember(team);
        UUID client = TestClients.registered(clients);
        String pathway = TestPathways.openInTeam(client, team)[1];
        for (String type :
                List.of("KELA", "EMPLOYMENT_SERVICES", "MUNICIPAL_EMPLOYMENT", "OCCUPATIONAL_HEALTH", "THIRD_SECTOR")) {
            TestApi.post(
                            PROFESSIONAL,
                            "{\"organisationTypes\": [\"" + type + "\"]}",
                            "/api/v1/clients/{id}/consents",
                            client)
                    .statusCode(201);
        }
        Instant later = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        String assembled = TestEvents.sample(
                EventType.TEAM_ASSEMBLED, Map.of("pathwayId", pathway, "assembledAt", later.toString()));
        String sampleCoordinator = assembled.replaceFirst("(?s).*\"coordinatorId\": \"([^\"]+)\".*", "$1");
        TestEvents.publish(
                EventType.TEAM_ASSEMBLED,
                UUID.randomUUID(),
                UUID.fromString(pathway),
                later.toString(),
                assembled.replace(sampleCoordinator, coordinator.toString()));
        publishCompletedCheck(client, pathway, later.plusSeconds(60).toString());
        await().atMost(Duration.ofSeconds(30))
                .until(() -> timeline(pathway, "fi")
                        .getList("entries.type")
                        .containsAll(
                                List.of(EventType.TEAM_ASSEMBLED.name(), EventType.HEALTH_CHECK_COMPLETED.name())));

        Map<String, Boolean> findingsShown = new java.util.LinkedHashMap<>();
        findingsShown.put(
                "the client's coordinator",
                shown(
                        pathway,
                        Tokens.as("kaija")
                                .roles(Role.TEAM_MEMBER)
                                .professionalId(coordinator.toString())
                                .bearer()));
        findingsShown.put(
                "a county nurse of the team",
                shown(
                        pathway,
                        Tokens.as("hilkka")
                                .roles(Role.TEAM_MEMBER)
                                .professionalId(TestTeams.professional("COUNTY", "UNEMPLOYED_HEALTH_NURSE", team)
                                        .toString())
                                .bearer()));
        findingsShown.put(
                "a county doctor by role",
                shown(
                        pathway,
                        Tokens.as("lauri")
                                .roles(Role.TEAM_ADMIN, Role.DOCTOR)
                                .professionalId(TestTeams.countyMember(team).toString())
                                .bearer()));
        findingsShown.put(
                "a county team member",
                shown(
                        pathway,
                        Tokens.as("tiina")
                                .roles(Role.TEAM_MEMBER)
                                .professionalId(TestTeams.countyMember(team).toString())
                                .bearer()));
        findingsShown.put(
                "a county team admin",
                shown(
                        pathway,
                        Tokens.as("aija")
                                .roles(Role.TEAM_ADMIN)
                                .professionalId(TestTeams.countyMember(team).toString())
                                .bearer()));
        findingsShown.put("a referral handler", shown(pathway, PROFESSIONAL));
        for (String type :
                List.of("KELA", "EMPLOYMENT_SERVICES", "MUNICIPAL_EMPLOYMENT", "OCCUPATIONAL_HEALTH", "THIRD_SECTOR")) {
            findingsShown.put(
                    type + "'s team member, a doctor",
                    shown(
                            pathway,
                            Tokens.as("ulko")
                                    .roles(Role.TEAM_MEMBER)
                                    .organisation(type)
                                    .professionalId(TestTeams.professional(type, "DOCTOR", team)
                                            .toString())
                                    .bearer()));
        }
        Map<String, Boolean> expected = new java.util.LinkedHashMap<>(findingsShown);
        expected.replaceAll((reader, shown) -> reader.startsWith("the client's coordinator")
                || reader.startsWith("a county nurse")
                || reader.startsWith("a county doctor"));
        assertEquals(expected, findingsShown);
    }

    /** Whether this reader sees the health check's findings on the pathway's timeline. */
    private static boolean shown(String pathway, String bearer) {
        JsonPath timeline =
                read(bearer, pathway, Map.of()).statusCode(200).extract().jsonPath();
        int check = timeline.getList("entries.type").indexOf(EventType.HEALTH_CHECK_COMPLETED.name());
        boolean withheld = timeline.getBoolean("entries[" + check + "].healthDetailsWithheld");
        assertEquals(withheld, timeline.get("entries[" + check + "].facts.assessment") == null);
        return !withheld;
    }
}
