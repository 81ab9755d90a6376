package fi.polku.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A health check for the unemployed was asked for: from the worklist, by a nurse, the client's team or an
 * employment system. Produced by health-check-service.
 *
 * @param healthCheckId the health check
 * @param clientId      the client
 * @param pathwayId     the pathway, when the check belongs to one
 * @param requestedBy   who asked
 * @param requestedAt   when
 */
public record HealthCheckRequested(
        UUID healthCheckId, UUID clientId, UUID pathwayId, HealthCheckRequester requestedBy, Instant requestedAt)
        implements HealthCheckEvent {

    public HealthCheckRequested {
        Objects.requireNonNull(healthCheckId, "healthCheckId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }
}
