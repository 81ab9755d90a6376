package fi.polku.healthcheck.check;

import fi.polku.events.HealthCheckBooked;
import fi.polku.events.HealthCheckCancellation;
import fi.polku.events.HealthCheckCancelled;
import fi.polku.events.HealthCheckNoShow;
import fi.polku.events.HealthCheckRequested;
import fi.polku.events.HealthCheckRequester;
import fi.polku.platform.FinnishTime;
import fi.polku.platform.rule.InvalidField;
import fi.polku.platform.rule.StateConflict;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A health check for the unemployed and the rules of its life: booked (again) only while requested or booked,
 * cancelled only before it is held, a no-show only once its appointment has passed, completed only once and, when
 * booked, not before its appointment's day. A refused step leaves the check as it was.
 */
@Entity
@Table(name = "health_check")
public class HealthCheck extends PanacheEntityBase {

    /** Where and when a check is booked; unit and professional stay in health-check-service. */
    public record Booking(Instant appointmentAt, String unit, String professional, boolean remote) {}

    @Id
    public UUID id;

    public UUID clientId;

    public UUID pathwayId;

    @Enumerated(EnumType.STRING)
    public CheckStatus status;

    @Enumerated(EnumType.STRING)
    public HealthCheckRequester requestedBy;

    String requestedByActor;

    public Instant requestedAt;

    Instant appointmentAt;

    String unit;
    String professional;
    Boolean remote;

    @Enumerated(EnumType.STRING)
    public HealthCheckCancellation cancellationReason;

    public Instant endedAt;

    public Instant completedAt;

    protected HealthCheck() {}

    static HealthCheck request(UUID clientId, UUID pathwayId, HealthCheckRequester by, String actor, Instant now) {
        HealthCheck check = new HealthCheck();
        check.id = UUID.randomUUID();
        check.clientId = Objects.requireNonNull(clientId, "clientId");
        check.pathwayId = pathwayId;
        check.status = CheckStatus.REQUESTED;
        check.requestedBy = Objects.requireNonNull(by, "by");
        check.requestedByActor = actor;
        check.requestedAt = now;
        return check;
    }

    HealthCheckRequested requestedEvent() {
        return new HealthCheckRequested(id, clientId, pathwayId, requestedBy, requestedAt);
    }

    /** Books the check, or moves its booking; the appointment must not have passed. */
    HealthCheckBooked book(Booking booking, Instant now) {
        if (!status.active()) {
            throw new StateConflict(
                    "The health check is " + status + ": only a requested or booked check can " + "be booked");
        }
        if (booking.appointmentAt() == null) {
            throw new InvalidField("appointmentAt", "is required");
        }
        if (booking.appointmentAt().isBefore(now)) {
            throw new InvalidField("appointmentAt", "must not be in the past");
        }
        String bookedUnit = named("unit", booking.unit());
        String bookedProfessional = named("professional", booking.professional());
        boolean rescheduled = status == CheckStatus.BOOKED;
        status = CheckStatus.BOOKED;
        appointmentAt = booking.appointmentAt();
        unit = bookedUnit;
        professional = bookedProfessional;
        remote = booking.remote();
        return new HealthCheckBooked(id, clientId, pathwayId, appointmentAt, booking.remote(), rescheduled, now);
    }

    HealthCheckCancelled cancel(HealthCheckCancellation reason, Instant now) {
        if (!status.active()) {
            throw new StateConflict(
                    "The health check is " + status + ": only a requested or booked check can " + "be cancelled");
        }
        if (reason == null) {
            throw new InvalidField("reason", "is required");
        }
        status = CheckStatus.CANCELLED;
        cancellationReason = reason;
        endedAt = now;
        return new HealthCheckCancelled(id, clientId, pathwayId, reason, now);
    }

    HealthCheckNoShow noShow(Instant now) {
        if (status != CheckStatus.BOOKED) {
            throw new StateConflict("The health check is " + status + ": only a booked check can be a no-show");
        }
        if (appointmentAt.isAfter(now)) {
            throw new StateConflict("The appointment at " + appointmentAt + " has not come yet");
        }
        status = CheckStatus.NO_SHOW;
        endedAt = now;
        return new HealthCheckNoShow(id, clientId, pathwayId, appointmentAt, now);
    }

    /**
     * Marks the check held; its record is kept beside it. A requested check may be held without a booking; a booked
     * one from the start of its appointment's day in Finland, whatever the hour.
     */
    void complete(Instant now) {
        if (!status.active()) {
            throw new StateConflict("The health check is " + status + ": only a requested or booked check can "
                    + "be completed; correct a completed one with an amendment");
        }
        if (status == CheckStatus.BOOKED && FinnishTime.dayOf(appointmentAt).isAfter(FinnishTime.dayOf(now))) {
            throw new StateConflict("The appointment is on " + FinnishTime.dayOf(appointmentAt)
                    + ": a booked check is recorded on that day or later");
        }
        status = CheckStatus.COMPLETED;
        completedAt = now;
        endedAt = now;
    }

    private static String named(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidField(field, "must not be blank");
        }
        return value.strip();
    }

    public Booking booking() {
        return appointmentAt == null
                ? null
                : new Booking(appointmentAt, unit, professional, Boolean.TRUE.equals(remote));
    }
}
