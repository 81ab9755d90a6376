package fi.polku.team.meeting;

import static fi.polku.team.TestTeams.compose;
import static fi.polku.team.TestTeams.get;
import static fi.polku.team.TestTeams.member;
import static fi.polku.team.TestTeams.post;
import static fi.polku.team.TestTeams.professional;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.polku.events.EventType;
import fi.polku.events.MeetingDecision;
import fi.polku.events.MeetingFormat;
import fi.polku.platform.FinnishTime;
import fi.polku.platform.testing.PolkuTest;
import fi.polku.platform.testing.TestOutbox;
import fi.polku.team.TestTeams;
import fi.polku.team.pathway.PathwayService;
import fi.polku.team.pathway.PathwayStatus;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
@PolkuTest
class MeetingTest {

    private static final String TEAM = "Kokoustiimi";

    @Inject
    MeetingService meetings;

    @Inject
    PathwayService pathways;

    @Inject
    EntityManager em;

    private static ValidatableResponse meet(UUID pathway, String body) {
        return post(member(TEAM), "/api/v1/pathways/{id}/meetings", body, pathway);
    }

    private static String today() {
        return LocalDate.now(FinnishTime.ZONE).toString();
    }

    @Test
    void aMeetingIsRecordedWithItsCodedDecisionsAndPublishedWithoutItsSummary() {
        String coordinator = professional("WORK_ABILITY_COORDINATOR", "COUNTY", false, "1.0");
        String nurse = professional("UNEMPLOYED_HEALTH_NURSE", "COUNTY", false, "0.5");
        UUID pathway = TestTeams.openPathway(TEAM, "Oulu", Instant.now())[0];
        meet(pathway, """
                {"heldOn": "%s", "format": "REMOTE", "attendingMemberIds": ["%s"], "clientPresent": false}""".formatted(today(), coordinator))
                .statusCode(409)
                .body("detail", equalTo("The pathway has no client team yet: assemble it first"));
        compose(TEAM, pathway, coordinator, coordinator, nurse).statusCode(200);

        meet(pathway, """
                {"heldOn": "%s", "format": "HYBRID", "attendingMemberIds": ["%s", "%s"], "clientPresent": true,
                 "decisions": ["HEALTH_CHECK_NEEDED", "REFER_TO_SERVICE"], "nextMeetingOn": "2099-01-15",
                 "summary": "Asiakas kertoi unihäiriöistä."}""".formatted(today(), nurse, coordinator))
                .statusCode(201)
                .body("clientPresent", equalTo(true))
                .body("summary", equalTo("Asiakas kertoi unihäiriöistä."));
        get(member(TEAM), "/api/v1/pathways/{id}/meetings", pathway)
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].format", equalTo("HYBRID"))
                .body("items[0].decisions.size()", equalTo(2));

        TestOutbox.Published held = TestOutbox.about(em, pathway).getLast();
        assertEquals("fi.polku.team.meeting-held.v1", held.type());
        assertTrue(
                held.payload().contains("\"decisions\": [\"REFER_TO_SERVICE\", \"HEALTH_CHECK_NEEDED\"]"),
                held.payload());
        assertTrue(
                held.payload().contains("\"professions\": [\"UNEMPLOYED_HEALTH_NURSE\", \"WORK_ABILITY_COORDINATOR\"]"),
                held.payload());
        assertTrue(!held.payload().contains("unihäiriö"), "what was said stays in team-service");
    }

    @Test
    void aMeetingRecordThatBreaksARuleNamesTheFieldAndKeepsNothing() {
        String coordinator = professional("WORK_ABILITY_COORDINATOR", "COUNTY", false, "1.0");
        String outsider = professional("DOCTOR", "COUNTY", false, "0.2");
        UUID pathway = TestTeams.openPathway(TEAM, "Oulu", Instant.now())[0];
        compose(TEAM, pathway, coordinator, coordinator).statusCode(200);
        meet(pathway, """
                {"heldOn": "%s", "format": "IN_PERSON", "attendingMemberIds": ["%s"], "clientPresent": true}""".formatted(LocalDate.now(FinnishTime.ZONE).plusDays(1), coordinator))
                .statusCode(400)
                .body("errors[0].field", equalTo("heldOn"));
        meet(pathway, """
                {"heldOn": "%s", "format": "IN_PERSON", "attendingMemberIds": ["%s"], "clientPresent": true,
                 "nextMeetingOn": "%1$s"}""".formatted(today(), coordinator))
                .statusCode(400)
                .body("errors[0].field", equalTo("nextMeetingOn"));
        meet(pathway, """
                {"heldOn": "%s", "format": "IN_PERSON", "attendingMemberIds": ["%s", "%s"], "clientPresent": true}""".formatted(today(), coordinator, outsider))
                .statusCode(422)
                .body("type", equalTo("https://polku.fi/problems/rule/attendee-is-member"))
                .body("errors[0].field", equalTo("attendingMemberIds[1]"));
        meet(pathway, """
                {"heldOn": "%s", "format": "SOMEWHERE", "attendingMemberIds": ["%s"], "clientPresent": true}""".formatted(today(), coordinator)).statusCode(400).body("errors[0].field", equalTo("format"));
        get(member(TEAM), "/api/v1/pathways/{id}/meetings", pathway).body("total", equalTo(0));
        assertEquals(
                List.of("fi.polku.team.assembled.v1"),
                TestOutbox.about(em, pathway).stream()
                        .map(TestOutbox.Published::type)
                        .toList());
    }

    /**
     * A close arriving while a meeting is being recorded waits for the recording to commit (the consumer is seen
     * waiting on the pathway's row); the meeting stands, and after the close nothing more is recorded.
     */
    @Test
    void aPathwayClosedWhileAMeetingIsBeingRecordedWaitsForItAndFreezesWhatComesAfter() throws Exception {
        String coordinator = professional("WORK_ABILITY_COORDINATOR", "COUNTY", false, "1.0");
        UUID[] ids = TestTeams.openPathway(TEAM, "Oulu", Instant.now());
        UUID pathway = ids[0];
        compose(TEAM, pathway, coordinator, coordinator).statusCode(200);

        CountDownLatch recording = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<UUID> inFlight = CompletableFuture.supplyAsync(() -> QuarkusTransaction.requiringNew()
                .call(() -> {
                    TeamMeeting meeting = meetings.record(
                            pathway,
                            List.of(UUID.fromString(coordinator)),
                            new TeamMeeting.Details(
                                    LocalDate.now(FinnishTime.ZONE),
                                    MeetingFormat.IN_PERSON,
                                    Set.of(UUID.fromString(coordinator)),
                                    true,
                                    Set.of(MeetingDecision.PLAN_UPDATED),
                                    null,
                                    null),
                            "test");
                    recording.countDown();
                    assertTrue(finish.await(30, TimeUnit.SECONDS));
                    return meeting.id;
                }));
        assertTrue(recording.await(20, TimeUnit.SECONDS));
        TestTeams.publishPathwayEvent(
                EventType.PATHWAY_CLOSED, pathway, ids[1], Instant.now().toString());
        await().atMost(Duration.ofSeconds(20))
                .until(() -> QuarkusTransaction.requiringNew()
                        .call(() -> ((Number) em.createNativeQuery("""
                        select count(*) from pg_stat_activity
                        where wait_event_type = 'Lock' and query ilike 'update pathway%'""").getSingleResult()).intValue() > 0));
        assertEquals(Optional.of(PathwayStatus.OPEN), status(pathway), "the close waits for the recording");

        finish.countDown();
        UUID recorded = inFlight.get(20, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(20)).until(() -> status(pathway).equals(Optional.of(PathwayStatus.CLOSED)));
        get(member(TEAM), "/api/v1/pathways/{id}/meetings", pathway)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(recorded.toString()));
        meet(pathway, """
                {"heldOn": "%s", "format": "IN_PERSON", "attendingMemberIds": ["%s"], "clientPresent": true}""".formatted(today(), coordinator)).statusCode(409);
    }

    private Optional<PathwayStatus> status(UUID pathway) {
        return QuarkusTransaction.requiringNew()
                .call(() -> pathways.find(pathway).map(known -> known.status));
    }
}
