package fi.polku.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The client did not come to a booked health check; the client is back on the worklist.
 *
 * @param healthCheckId the health check
 * @param clientId      the client
 * @param pathwayId     the pathway, when the check belongs to one
 * @param appointmentAt the appointment missed
 * @param recordedAt    when it was recorded
 */
public record HealthCheckNoShow(
        UUID healthCheckId, UUID clientId, UUID pathwayId, Instant appointmentAt, Instant recordedAt)
        implements HealthCheckEvent {

    public HealthCheckNoShow {
        Objects.requireNonNull(healthCheckId, "healthCheckId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(appointmentAt, "appointmentAt");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
