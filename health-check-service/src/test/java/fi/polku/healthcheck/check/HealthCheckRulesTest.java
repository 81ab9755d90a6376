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
import fi.polku.platform.rule.RuleViolation;
import fi.polku.platform.rule.StateConflict;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** A health check's life as the entity decides it, on fixed instants: which state allows what, and each refusal. */
class HealthCheckRulesTest {

    private static final Instant ASKED = Instant.parse("2026-03-02T08:00:00Z");
    private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");
    private static final Instant APPOINTMENT = Instant.parse("2026-03-12T10:00:00Z");
    private static final UUID CLIENT = UUID.fromString("9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a");
    private static final UUID PATHWAY = UUID.fromString("5d3c2b1a-7e6f-4a9b-8c7d-1e2f3a4b5c6d");

    /** The states a check ends in. */
    private static final List<CheckStatus> ENDED =
            List.of(CheckStatus.CANCELLED, CheckStatus.NO_SHOW, CheckStatus.COMPLETED);

    /** The states in which a check still stands. */
    private static final List<CheckStatus> STANDING = List.of(CheckStatus.REQUESTED, CheckStatus.BOOKED);

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

    /** Takes the step, which the check must refuse as a {@code kind}: the refusal, which left the check as it was. */
    private static <T extends RuleViolation> T refused(Class<T> kind, HealthCheck check, Executable step, String what) {
        State before = State.of(check);
        T refusal = assertThrows(kind, step, what);
        assertEquals(before, State.of(check), what + ": a refused step changes nothing");
        return refusal;
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
    void aBookingNamesItsTimeUnitAndProfessionalAndOneRefusedChangesNothing() {
        List<Map.Entry<String, HealthCheck.Booking>> wrong = List.of(
                Map.entry("appointmentAt", new HealthCheck.Booking(null, "Oulun terveysasema", "Heikkinen", false)),
                Map.entry("unit", new HealthCheck.Booking(APPOINTMENT, null, "Heikkinen", false)),
                Map.entry("unit", new HealthCheck.Booking(APPOINTMENT, "  ", "Heikkinen", false)),
                Map.entry("professional", new HealthCheck.Booking(APPOINTMENT, "Oulun terveysasema", null, false)),
                Map.entry("professional", new HealthCheck.Booking(APPOINTMENT, "Oulun terveysasema", " ", false)));
        for (CheckStatus status : STANDING) {
            for (Map.Entry<String, HealthCheck.Booking> booking : wrong) {
                HealthCheck check = in(status);

                InvalidField refusal = refused(
                        InvalidField.class, check, () -> check.book(booking.getValue(), NOW), status + " " + booking);

                assertEquals(booking.getKey(), refusal.field(), status + " " + booking);
            }
        }
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

        InvalidField refusal =
                refused(InvalidField.class, check, () -> check.book(at(NOW.minusSeconds(1)), NOW), "a past booking");

        assertEquals(InvalidField.class, refusal.getClass(), "a wrong value (400), not a named rule (422)");
        assertEquals("appointmentAt", refusal.field());
        assertEquals("must not be in the past", refusal.message());
        check.book(at(NOW), NOW);
        assertEquals(CheckStatus.BOOKED, check.status, "an appointment at this very moment has not passed");
    }

    @Test
    void onlyARequestedOrBookedCheckIsBooked() {
        for (CheckStatus status : ENDED) {
            HealthCheck check = in(status);

            StateConflict refusal = refused(
                    StateConflict.class,
                    check,
                    () -> check.book(at(NOW.plus(Duration.ofDays(30))), NOW),
                    status.name());

            assertEquals(
                    "The health check is " + status + ": only a requested or booked check can be booked",
                    refusal.detail());
            assertThrows(
                    StateConflict.class,
                    () -> check.book(at(NOW.minusSeconds(1)), NOW),
                    status + ": the state is decided before the time");
        }
    }

    @Test
    void aRequestedOrBookedCheckIsCancelledWithItsReason() {
        for (CheckStatus status : STANDING) {
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
    void aCancellationSaysWhyAndOneRefusedChangesNothing() {
        for (CheckStatus status : STANDING) {
            HealthCheck check = in(status);

            InvalidField refusal =
                    refused(InvalidField.class, check, () -> check.cancel(null, NOW.plusSeconds(5)), status.name());

            assertEquals("reason", refusal.field());
        }
    }

    @Test
    void onlyARequestedOrBookedCheckIsCancelled() {
        for (CheckStatus status : ENDED) {
            HealthCheck check = in(status);

            StateConflict refusal = refused(
                    StateConflict.class,
                    check,
                    () -> check.cancel(HealthCheckCancellation.OTHER, NOW.plusSeconds(5)),
                    status.name());

            assertEquals(
                    "The health check is " + status + ": only a requested or booked check can be cancelled",
                    refusal.detail());
        }
    }

    @Test
    void onlyABookedCheckIsANoShow() {
        for (CheckStatus status :
                List.of(CheckStatus.REQUESTED, CheckStatus.CANCELLED, CheckStatus.NO_SHOW, CheckStatus.COMPLETED)) {
            HealthCheck check = in(status);

            StateConflict refusal =
                    refused(StateConflict.class, check, () -> check.noShow(APPOINTMENT.plusSeconds(60)), status.name());

            assertEquals("The health check is " + status + ": only a booked check can be a no-show", refusal.detail());
        }
    }

    @Test
    void aNoShowIsMarkedOnlyOnceTheAppointmentHasCome() {
        HealthCheck check = in(CheckStatus.BOOKED);

        StateConflict early = refused(
                StateConflict.class, check, () -> check.noShow(APPOINTMENT.minusSeconds(1)), "an early no-show");

        assertEquals("The appointment at " + APPOINTMENT + " has not come yet", early.detail());

        HealthCheckNoShow noShow = check.noShow(APPOINTMENT);

        assertEquals(CheckStatus.NO_SHOW, check.status, "at the appointment's very time it has come");
        assertEquals(APPOINTMENT, check.endedAt);
        assertNull(check.completedAt);
        assertEquals(new HealthCheckNoShow(check.id, CLIENT, PATHWAY, APPOINTMENT, APPOINTMENT), noShow);
    }

    @Test
    void aRequestedOrBookedCheckIsCompletedAndEndsThere() {
        for (CheckStatus status : STANDING) {
            HealthCheck check = in(status);

            check.complete(APPOINTMENT.plus(Duration.ofHours(1)));

            assertEquals(CheckStatus.COMPLETED, check.status, status + ": a requested check may be held unbooked");
            assertEquals(APPOINTMENT.plus(Duration.ofHours(1)), check.completedAt);
            assertEquals(check.completedAt, check.endedAt);
        }
    }

    /** The appointment is at 12:00 on 12 March in Finland: the check is recorded from that day's start there. */
    @Test
    void aBookedCheckIsCompletedOnItsAppointmentsDayInFinlandOrLater() {
        HealthCheck check = in(CheckStatus.BOOKED);

        StateConflict early = refused(
                StateConflict.class,
                check,
                () -> check.complete(Instant.parse("2026-03-11T21:59:59Z")),
                "a completion the day before");

        assertEquals(
                "The appointment is on 2026-03-12: a booked check is recorded on that day or later", early.detail());

        check.complete(Instant.parse("2026-03-11T22:00:00Z"));

        assertEquals(CheckStatus.COMPLETED, check.status, "00:00 on the appointment's day in Finland, 11 March in UTC");
    }

    @Test
    void aCheckIsCompletedOnlyOnceAndNeverAfterItEnded() {
        for (CheckStatus status : ENDED) {
            HealthCheck check = in(status);

            StateConflict refusal = refused(
                    StateConflict.class,
                    check,
                    () -> check.complete(APPOINTMENT.plus(Duration.ofDays(1))),
                    status.name());

            assertTrue(
                    refusal.detail().startsWith("The health check is " + status + ": only a requested or booked check"),
                    refusal.detail());
            assertTrue(refusal.detail().endsWith("correct a completed one with an amendment"), refusal.detail());
        }
        assertFalse(CheckStatus.COMPLETED.active());
    }
}
