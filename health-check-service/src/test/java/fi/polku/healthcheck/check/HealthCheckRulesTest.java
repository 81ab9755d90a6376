package fi.polku.healthcheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.polku.events.HealthCheckBooked;
import fi.polku.events.HealthCheckCancellation;
import fi.polku.events.HealthCheckCancelled;
import fi.polku.events.HealthCheckNoShow;
import fi.polku.events.HealthCheckRequested;
import fi.polku.events.HealthCheckRequester;
import fi.polku.platform.rule.InvalidField;
import fi.polku.platform.rule.StateConflict;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A health check's life as the entity decides it, on fixed instants: which state allows what, and each refusal. */
class HealthCheckRulesTest {

    private static final Instant ASKED = Instant.parse("2026-03-02T08:00:00Z");
    private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");
    private static final Instant APPOINTMENT = Instant.parse("2026-03-12T10:00:00Z");
    private static final UUID CLIENT = UUID.fromString("9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a");
    private static final UUID PATHWAY = UUID.fromString("5d3c2b1a-7e6f-4a9b-8c7d-1e2f3a4b5c6d");

    private static HealthCheck requested() {
        return HealthCheck.request(CLIENT, PATHWAY, HealthCheckRequester.WORKLIST, "p-hanna", ASKED);
    }

    private static HealthCheck.Booking at(Instant appointment) {
        return new HealthCheck.Booking(appointment, "  Oulun terveysasema ", " Terveydenhoitaja Heikkinen  ", true);
    }

    /** A check brought to {@code status} the only way the entity allows; a booked one is for {@link #APPOINTMENT}. */
    private static HealthCheck in(CheckStatus status) {
        HealthCheck check = requested();
        switch (status) {
            case REQUESTED -> {}
            case BOOKED -> check.book(at(APPOINTMENT), NOW);
            case CANCELLED -> check.cancel(HealthCheckCancellation.CLIENT_CANCELLED, NOW);
            case NO_SHOW -> {
                check.book(at(APPOINTMENT), NOW);
                check.noShow(APPOINTMENT.plus(Duration.ofHours(1)));
            }
            case COMPLETED -> check.complete(NOW);
        }
        assertEquals(status, check.status);
        return check;
    }

    /** What a refusal must leave as it was. */
    private record State(
            CheckStatus status,
            HealthCheck.Booking booking,
            HealthCheckCancellation reason,
            Instant endedAt,
            Instant completedAt) {

        static State of(HealthCheck check) {
            return new State(check.status, check.booking(), check.cancellationReason, check.endedAt, check.completedAt);
        }
    }

    @Test
    void aCheckIsAskedForAsRequestedSayingWhoAskedAndWhen() {
        HealthCheck check = requested();

        assertEquals(CheckStatus.REQUESTED, check.status);
        assertEquals(CLIENT, check.clientId);
        assertEquals(PATHWAY, check.pathwayId);
        assertEquals(HealthCheckRequester.WORKLIST, check.requestedBy);
        assertEquals(ASKED, check.requestedAt);
        assertNull(check.booking(), "not booked yet");
        assertNull(check.endedAt);
        assertNull(check.completedAt);
        assertEquals(
                new HealthCheckRequested(check.id, CLIENT, PATHWAY, HealthCheckRequester.WORKLIST, ASKED),
                check.requestedEvent());
    }

    @Test
    void aCheckWithoutAPathwayIsAskedForAsAnyOther() {
        HealthCheck check = HealthCheck.request(CLIENT, null, HealthCheckRequester.NURSE, "p-hanna", ASKED);

        assertEquals(CheckStatus.REQUESTED, check.status);
        assertNull(check.pathwayId);
        assertNull(check.requestedEvent().pathwayId());
    }

    @Test
    void onlyARequestedOrBookedCheckStandsBetweenTheClientAndTheWorklist() {
        for (CheckStatus status : CheckStatus.values()) {
            assertEquals(
                    EnumSet.of(CheckStatus.REQUESTED, CheckStatus.BOOKED).contains(status),
                    status.active(),
                    status.name());
        }
    }

    @Test
    void aRequestedCheckIsBookedForAnAppointmentThatHasNotPassed() {
        HealthCheck check = requested();

        HealthCheckBooked booked = check.book(at(APPOINTMENT), NOW);

        assertEquals(CheckStatus.BOOKED, check.status);
        assertEquals(
                new HealthCheck.Booking(APPOINTMENT, "Oulun terveysasema", "Terveydenhoitaja Heikkinen", true),
                check.booking(),
                "unit and professional are kept without surrounding blanks");
        assertEquals(new HealthCheckBooked(check.id, CLIENT, PATHWAY, APPOINTMENT, true, false, NOW), booked);
    }

    @Test
    void aBookedCheckIsMovedAndTheEventSaysItWasRescheduled() {
        HealthCheck check = in(CheckStatus.BOOKED);
        Instant later = APPOINTMENT.plus(Duration.ofDays(2));

        HealthCheckBooked moved = check.book(at(later), NOW.plusSeconds(60));

        assertEquals(CheckStatus.BOOKED, check.status);
        assertEquals(later, check.booking().appointmentAt());
        assertTrue(moved.rescheduled());
        assertEquals(NOW.plusSeconds(60), moved.bookedAt());
    }

    @Test
    void anAppointmentMustNotHavePassed() {
        HealthCheck check = requested();
        State before = State.of(check);

        InvalidField refused = assertThrows(InvalidField.class, () -> check.book(at(NOW.minusSeconds(1)), NOW));

        assertEquals(InvalidField.class, refused.getClass(), "a wrong value (400), not a named rule (422)");
        assertEquals("appointmentAt", refused.field());
        assertEquals("must not be in the past", refused.message());
        assertEquals(before, State.of(check), "a refused booking changes nothing");
        check.book(at(NOW), NOW);
        assertEquals(CheckStatus.BOOKED, check.status, "an appointment at this very moment has not passed");
    }

    @Test
    void onlyARequestedOrBookedCheckIsBooked() {
        for (CheckStatus status : List.of(CheckStatus.CANCELLED, CheckStatus.NO_SHOW, CheckStatus.COMPLETED)) {
            HealthCheck check = in(status);
            State before = State.of(check);

            StateConflict refused =
                    assertThrows(StateConflict.class, () -> check.book(at(NOW.plus(Duration.ofDays(30))), NOW));

            assertEquals(
                    "The health check is " + status + ": only a requested or booked check can be booked",
                    refused.detail());
            assertEquals(before, State.of(check), status + ": a refused booking changes nothing");
            assertThrows(
                    StateConflict.class,
                    () -> check.book(at(NOW.minusSeconds(1)), NOW),
                    status + ": the state is decided before the time");
        }
    }

    @Test
    void aRequestedOrBookedCheckIsCancelledWithItsReason() {
        for (CheckStatus status : List.of(CheckStatus.REQUESTED, CheckStatus.BOOKED)) {
            HealthCheck check = in(status);

            HealthCheckCancelled cancelled = check.cancel(HealthCheckCancellation.UNIT_CANCELLED, NOW.plusSeconds(5));

            assertEquals(CheckStatus.CANCELLED, check.status);
            assertEquals(HealthCheckCancellation.UNIT_CANCELLED, check.cancellationReason);
            assertEquals(NOW.plusSeconds(5), check.endedAt);
            assertNull(check.completedAt);
            assertEquals(
                    new HealthCheckCancelled(
                            check.id, CLIENT, PATHWAY, HealthCheckCancellation.UNIT_CANCELLED, NOW.plusSeconds(5)),
                    cancelled);
        }
    }

    @Test
    void onlyARequestedOrBookedCheckIsCancelled() {
        for (CheckStatus status : List.of(CheckStatus.CANCELLED, CheckStatus.NO_SHOW, CheckStatus.COMPLETED)) {
            HealthCheck check = in(status);
            State before = State.of(check);

            StateConflict refused = assertThrows(
                    StateConflict.class, () -> check.cancel(HealthCheckCancellation.OTHER, NOW.plusSeconds(5)));

            assertEquals(
                    "The health check is " + status + ": only a requested or booked check can be cancelled",
                    refused.detail());
            assertEquals(before, State.of(check), status + ": a refused cancellation changes nothing");
        }
    }

    @Test
    void onlyABookedCheckIsANoShow() {
        for (CheckStatus status :
                List.of(CheckStatus.REQUESTED, CheckStatus.CANCELLED, CheckStatus.NO_SHOW, CheckStatus.COMPLETED)) {
            HealthCheck check = in(status);
            State before = State.of(check);

            StateConflict refused = assertThrows(StateConflict.class, () -> check.noShow(APPOINTMENT.plusSeconds(60)));

            assertEquals("The health check is " + status + ": only a booked check can be a no-show", refused.detail());
            assertEquals(before, State.of(check), status + ": a refused no-show changes nothing");
        }
    }

    @Test
    void aNoShowIsMarkedOnlyOnceTheAppointmentHasCome() {
        HealthCheck check = in(CheckStatus.BOOKED);
        State before = State.of(check);

        StateConflict early = assertThrows(StateConflict.class, () -> check.noShow(APPOINTMENT.minusSeconds(1)));

        assertEquals("The appointment at " + APPOINTMENT + " has not come yet", early.detail());
        assertEquals(before, State.of(check), "a refused no-show changes nothing");

        HealthCheckNoShow noShow = check.noShow(APPOINTMENT);

        assertEquals(CheckStatus.NO_SHOW, check.status, "at the appointment's very time it has come");
        assertEquals(APPOINTMENT, check.endedAt);
        assertNull(check.completedAt);
        assertEquals(new HealthCheckNoShow(check.id, CLIENT, PATHWAY, APPOINTMENT, APPOINTMENT), noShow);
    }

    @Test
    void aRequestedOrBookedCheckIsCompletedAndEndsThere() {
        for (CheckStatus status : List.of(CheckStatus.REQUESTED, CheckStatus.BOOKED)) {
            HealthCheck check = in(status);

            check.complete(APPOINTMENT.plus(Duration.ofHours(1)));

            assertEquals(CheckStatus.COMPLETED, check.status, status + ": a requested check may be held unbooked");
            assertEquals(APPOINTMENT.plus(Duration.ofHours(1)), check.completedAt);
            assertEquals(check.completedAt, check.endedAt);
        }
    }

    @Test
    void aCheckIsCompletedOnlyOnceAndNeverAfterItEnded() {
        for (CheckStatus status : List.of(CheckStatus.CANCELLED, CheckStatus.NO_SHOW, CheckStatus.COMPLETED)) {
            HealthCheck check = in(status);
            State before = State.of(check);

            StateConflict refused =
                    assertThrows(StateConflict.class, () -> check.complete(APPOINTMENT.plus(Duration.ofDays(1))));

            assertTrue(
                    refused.detail().startsWith("The health check is " + status + ": only a requested or booked check"),
                    refused.detail());
            assertTrue(refused.detail().endsWith("correct a completed one with an amendment"), refused.detail());
            assertEquals(before, State.of(check), status + ": a refused completion changes nothing");
        }
        assertFalse(CheckStatus.COMPLETED.active());
    }
}
