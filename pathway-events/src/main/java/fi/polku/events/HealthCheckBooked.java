package fi.polku.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A health check was booked, or its booking moved. Where and with whom stays in health-check-service.
 *
 * @param healthCheckId the health check
 * @param clientId      the client
 * @param pathwayId     the pathway, when the check belongs to one
 * @param appointmentAt the appointment
 * @param remote        whether it is held remotely
 * @param rescheduled   whether an earlier booking was moved
 * @param bookedAt      when it was booked
 */
public record HealthCheckBooked(
        UUID healthCheckId,
        UUID clientId,
        UUID pathwayId,
        Instant appointmentAt,
        boolean remote,
        boolean rescheduled,
        Instant bookedAt)
        implements HealthCheckEvent {

    public HealthCheckBooked {
        Objects.requireNonNull(healthCheckId, "healthCheckId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(appointmentAt, "appointmentAt");
        Objects.requireNonNull(bookedAt, "bookedAt");
    }
}
