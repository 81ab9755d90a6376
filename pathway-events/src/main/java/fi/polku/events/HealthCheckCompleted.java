package fi.polku.events;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A health check for the unemployed was done. Only the coded assessment and follow-ups travel, with the
 * client's municipality for the regional figures: never findings, scores or notes.
 *
 * @param healthCheckId    the health check
 * @param clientId         the client
 * @param pathwayId        the pathway, when the check belongs to one
 * @param assessment       the professional's assessment
 * @param followUps        what it led to; empty when nothing
 * @param municipalityCode the client's municipality; absent under a security ban
 * @param completedAt      when it was done
 */
public record HealthCheckCompleted(
        UUID healthCheckId,
        UUID clientId,
        UUID pathwayId,
        WorkAbilityAssessment assessment,
        List<HealthCheckFollowUp> followUps,
        String municipalityCode,
        Instant completedAt)
        implements HealthCheckEvent {

    public HealthCheckCompleted {
        Objects.requireNonNull(healthCheckId, "healthCheckId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(completedAt, "completedAt");
        followUps = List.copyOf(followUps);
    }
}
