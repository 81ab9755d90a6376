package fi.polku.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A requested or booked health check was cancelled; the client is back on the worklist.
 *
 * @param healthCheckId the health check
 * @param clientId      the client
 * @param pathwayId     the pathway, when the check belongs to one
 * @param reason        why, coded
 * @param cancelledAt   when
 */
public record HealthCheckCancelled(
        UUID healthCheckId, UUID clientId, UUID pathwayId, HealthCheckCancellation reason, Instant cancelledAt)
        implements HealthCheckEvent {

    public HealthCheckCancelled {
        Objects.requireNonNull(healthCheckId, "healthCheckId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(cancelledAt, "cancelledAt");
    }
}
