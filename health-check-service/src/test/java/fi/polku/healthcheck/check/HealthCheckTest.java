package fi.polku.healthcheck.check;

import static fi.polku.healthcheck.TestChecks.book;
import static fi.polku.healthcheck.TestChecks.checks;
import static fi.polku.healthcheck.TestChecks.checksOf;
import static fi.polku.healthcheck.TestChecks.get;
import static fi.polku.healthcheck.TestChecks.post;
import static fi.polku.healthcheck.TestChecks.read;
import static fi.polku.healthcheck.TestChecks.request;
import static fi.polku.healthcheck.TestClients.referred;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.polku.healthcheck.FixedClock;
import fi.polku.healthcheck.FixedClockProfile;
import fi.polku.platform.testing.PolkuTest;
import fi.polku.platform.testing.TestOutbox;
import fi.polku.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A check's life over REST, a step at a time on the fixed clock, and what each step publishes. Its refusals are in
 * {@link HealthCheckRefusalTest}, the worklist's part in {@code WorklistTest}.
 */
@QuarkusTest
@PolkuTest
@TestProfile(FixedClockProfile.class)
class HealthCheckTest {

    private static final Instant NOW = FixedClock.NOW;
    private static final String IN_AN_HOUR = NOW.plus(Duration.ofHours(1)).toString();

    @Inject
    EntityManager em;

    @AfterEach
    void clockBack() {
        FixedClock.reset();
    }

    private static JsonPath payload(TestOutbox.Published event) {
        return JsonPath.from(event.payload());
    }

    @Test
    void aCheckIsAskedForWithoutAPathwayByANurseUnlessSaidOtherwise() {
        UUID client = referred(em)[0];

        String check = request(client, "");

        read(check)
                .body("status", equalTo("REQUESTED"))
                .body("clientId", equalTo(client.toString()))
                .body("pathwayId", nullValue())
                .body("requestedBy", equalTo("NURSE"))
                .body("requestedAt", equalTo(NOW.toString()))
                .body("booking", nullValue())
                .body("record", nullValue())
                .body("versions.size()", equalTo(0));
        List<TestOutbox.Published> published = TestOutbox.about(em, client);
        assertEquals(
                List.of("fi.polku.health-check.requested.v1"),
                published.stream().map(TestOutbox.Published::type).toList());
        String requested = published.getFirst().payload();
        assertTrue(requested.contains("\"pathwayId\": null") || !requested.contains("pathwayId"), requested);
        assertEquals(check, payload(published.getFirst()).getString("healthCheckId"));
        assertEquals("NURSE", payload(published.getFirst()).getString("requestedBy"));
        assertEquals(NOW.toString(), payload(published.getFirst()).getString("requestedAt"));
    }

    @Test
    void aCheckOnOneOfTheClientsPathwaysIsListedWithTheClientsChecks() {
        UUID[] other = referred(em);

        String onPathway = request(other[0], ", \"pathwayId\": \"" + other[1] + "\", \"requestedBy\": \"CLIENT_TEAM\"");

        checksOf(other[0])
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(onPathway))
                .body("items[0].pathwayId", equalTo(other[1].toString()))
                .body("items[0].requestedBy", equalTo("CLIENT_TEAM"));
        assertEquals(
                other[1].toString(),
                payload(TestOutbox.about(em, other[0]).getFirst()).getString("pathwayId"));
    }

    @Test
    void aClientsChecksAreListedNewestFirst() {
        UUID client = referred(em)[0];
        FixedClock.set(NOW.minus(Duration.ofDays(60)));
        String older = request(client, "");
        post("/api/v1/health-checks/{id}/cancellation", "{\"reason\": \"CLIENT_MOVED\"}", older)
                .statusCode(200);
        FixedClock.set(NOW.minus(Duration.ofDays(30)));
        String newer = request(client, ", \"requestedBy\": \"WORKLIST\"");

        checksOf(client).body("total", equalTo(2)).body("items.id", equalTo(List.of(newer, older)));
        checks("clientId", client, "size", 1, "page", 1)
                .body("total", equalTo(2))
                .body("items.id", equalTo(List.of(older)));
    }

    @Test
    void aCheckIsBookedAndMovedAndEachBookingIsPublished() {
        UUID client = referred(em)[0];
        String check = request(client, ", \"requestedBy\": \"WORKLIST\"");

        book(check, NOW.plus(Duration.ofHours(1)))
                .statusCode(200)
                .body("status", equalTo("BOOKED"))
                .body("booking.appointmentAt", equalTo(IN_AN_HOUR))
                .body("booking.unit", equalTo("Oulun terveysasema"))
                .body("booking.professional", equalTo("Terveydenhoitaja Heikkinen"))
                .body("booking.remote", equalTo(false));
        FixedClock.set(NOW.plusSeconds(60));
        book(check, NOW.plus(Duration.ofHours(2)))
                .statusCode(200)
                .body("status", equalTo("BOOKED"))
                .body(
                        "booking.appointmentAt",
                        equalTo(NOW.plus(Duration.ofHours(2)).toString()));

        List<TestOutbox.Published> published = TestOutbox.about(em, client);
        assertEquals(
                List.of(
                        "fi.polku.health-check.requested.v1",
                        "fi.polku.health-check.booked.v1",
                        "fi.polku.health-check.booked.v1"),
                published.stream().map(TestOutbox.Published::type).toList());
        assertTrue(
                published.get(1).payload().contains("\"rescheduled\": false"),
                published.get(1).payload());
        assertEquals(NOW.toString(), payload(published.get(1)).getString("bookedAt"));
        assertTrue(
                published.get(2).payload().contains("\"rescheduled\": true"),
                published.get(2).payload());
        assertEquals(NOW.plusSeconds(60).toString(), payload(published.get(2)).getString("bookedAt"));
        assertEquals(
                NOW.plus(Duration.ofHours(2)).toString(),
                payload(published.get(2)).getString("appointmentAt"));
    }

    @Test
    void aCheckIsCancelledWithACodedReason() {
        UUID client = referred(em)[0];
        String check = request(client, "");
        book(check, NOW.plus(Duration.ofHours(1))).statusCode(200);

        post("/api/v1/health-checks/{id}/cancellation", "{\"reason\": \"CLIENT_CANCELLED\"}", check)
                .statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("cancellationReason", equalTo("CLIENT_CANCELLED"))
                .body("endedAt", equalTo(NOW.toString()))
                .body("completedAt", nullValue());

        TestOutbox.Published cancelled = TestOutbox.about(em, client).getLast();
        assertEquals("fi.polku.health-check.cancelled.v1", cancelled.type());
        assertEquals("CLIENT_CANCELLED", payload(cancelled).getString("reason"));
        assertEquals(NOW.toString(), payload(cancelled).getString("cancelledAt"));
    }

    @Test
    void aNoShowIsMarkedOnceTheAppointmentHasPassed() {
        UUID client = referred(em)[0];
        String check = request(client, "");
        book(check, NOW.plus(Duration.ofHours(1))).statusCode(200);

        FixedClock.set(NOW.plus(Duration.ofHours(1)).plusSeconds(1));
        post("/api/v1/health-checks/{id}/no-show", "", check)
                .statusCode(200)
                .body("status", equalTo("NO_SHOW"))
                .body("endedAt", equalTo(FixedClock.now().toString()))
                .body("booking.appointmentAt", equalTo(IN_AN_HOUR));

        TestOutbox.Published noShow = TestOutbox.about(em, client).getLast();
        assertEquals("fi.polku.health-check.no-show.v1", noShow.type());
        assertEquals(IN_AN_HOUR, payload(noShow).getString("appointmentAt"));
        assertEquals(FixedClock.now().toString(), payload(noShow).getString("recordedAt"));
    }

    @Test
    void aRecordCompletesTheCheckAndPublishesItsCodesOnly() {
        UUID client = referred(em)[0];
        String check = request(client, "");

        post("/api/v1/health-checks/{id}/record", TestRecords.valid(), check)
                .statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("completedAt", equalTo(NOW.toString()))
                .body("endedAt", equalTo(NOW.toString()))
                .body("recordVersion", equalTo(1))
                .body("record.screening.phq9", equalTo(14))
                .body("record.findings.mentalHealth.note", equalTo(TestRecords.NOTE))
                .body("versions[0].recordedBy", equalTo("p-hanna"))
                .body("versions[0].recordedAt", equalTo(NOW.toString()))
                .body("followUps.size()", equalTo(2))
                .body("followUps.followUp", equalTo(List.of("DOCTOR_APPOINTMENT", "MENTAL_HEALTH_SERVICES")));

        TestOutbox.Published completedEvent = TestOutbox.about(em, client).getLast();
        assertEquals("fi.polku.health-check.completed.v1", completedEvent.type());
        String completed = completedEvent.payload();
        assertTrue(
                completed.contains("\"assessment\": \"PARTIALLY_ABLE\"")
                        && completed.contains("\"municipalityCode\": \"564\"")
                        && completed.contains("\"followUps\": [\"DOCTOR_APPOINTMENT\", \"MENTAL_HEALTH_SERVICES\"]"),
                completed);
        assertEquals(NOW.toString(), payload(completedEvent).getString("completedAt"));
    }

    /**
     * Three checks of one client, each ending differently: every step reaches the bus in the order it was taken (the
     * topic is keyed by client), and no health detail, unit or name ever does.
     */
    @Test
    void everyStepOfAClientsChecksIsPublishedInOrderWithoutHealthDetails() {
        UUID client = referred(em)[0];
        String first = request(client, ", \"requestedBy\": \"WORKLIST\"");
        book(first, NOW.plus(Duration.ofHours(1))).statusCode(200);
        book(first, NOW.plus(Duration.ofHours(2))).statusCode(200);
        post("/api/v1/health-checks/{id}/cancellation", "{\"reason\": \"CLIENT_CANCELLED\"}", first)
                .statusCode(200);
        String second = request(client, "");
        book(second, NOW.plusSeconds(2)).statusCode(200);
        FixedClock.set(NOW.plusSeconds(2));
        post("/api/v1/health-checks/{id}/no-show", "", second).statusCode(200);
        String third = request(client, "");
        post("/api/v1/health-checks/{id}/record", TestRecords.valid(), third).statusCode(200);

        List<TestOutbox.Published> published = TestOutbox.about(em, client);
        assertEquals(
                List.of(
                        "fi.polku.health-check.requested.v1",
                        "fi.polku.health-check.booked.v1",
                        "fi.polku.health-check.booked.v1",
                        "fi.polku.health-check.cancelled.v1",
                        "fi.polku.health-check.requested.v1",
                        "fi.polku.health-check.booked.v1",
                        "fi.polku.health-check.no-show.v1",
                        "fi.polku.health-check.requested.v1",
                        "fi.polku.health-check.completed.v1"),
                published.stream().map(TestOutbox.Published::type).toList());
        assertTrue(
                published.get(2).payload().contains("\"rescheduled\": true"),
                published.get(2).payload());
        assertEquals(
                List.of(first, first, first, first, second, second, second, third, third),
                published.stream()
                        .map(e -> payload(e).getString("healthCheckId"))
                        .toList());
        for (TestOutbox.Published event : published) {
            for (String secret : List.of(
                    TestRecords.NOTE,
                    "Selkäkipua",
                    "phq9",
                    "auditC",
                    "bloodPressure",
                    "bmi",
                    "findings",
                    "note",
                    "workAbilityScore",
                    "SIGNIFICANT_CONCERN",
                    "Heikkinen",
                    "terveysasema",
                    "Virtanen")) {
                assertFalse(event.payload().contains(secret), secret + " reached the bus in " + event.type());
            }
        }
    }

    @Test
    void onlyHealthProfessionalsReadACheck() {
        String check = request(referred(em)[0], "");

        get(Tokens.bearer("tiina", "team-member"), "/api/v1/health-checks/" + check)
                .statusCode(403);
        get(Tokens.bearer("lauri", "doctor"), "/api/v1/health-checks/" + check)
                .statusCode(200)
                .body("id", equalTo(check));
    }
}
