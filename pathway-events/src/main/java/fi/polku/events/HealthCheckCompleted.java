package fi.polku.events;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A health check for the unemployed was done. Only the coded follow-ups travel; the findings stay in
 * health-check-service.
 *
 * @param pathwayId     the pathway
 * @param healthCheckId the health check
 * @param followUps     what it led to; empty when nothing
 * @param completedAt   when it was done
 */
public record HealthCheckCompleted(UUID pathwayId, UUID healthCheckId, List<HealthCheckFollowUp> followUps,
        Instant completedAt) implements PathwayEvent {

    public HealthCheckCompleted {
        Objects.requireNonNull(pathwayId, "pathwayId");
        Objects.requireNonNull(healthCheckId, "healthCheckId");
        followUps = List.copyOf(followUps);
        Objects.requireNonNull(completedAt, "completedAt");
    }
}
