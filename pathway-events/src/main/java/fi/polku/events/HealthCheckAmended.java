package fi.polku.events;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A completed health check was corrected by an amendment; the original is kept in health-check-service. The
 * coded facts as they now stand travel, as in {@link HealthCheckCompleted}.
 *
 * @param healthCheckId the health check
 * @param clientId      the client
 * @param pathwayId     the pathway, when the check belongs to one
 * @param version       the record's version after the amendment (the original is 1)
 * @param assessment    the assessment as amended
 * @param followUps     the follow-ups as amended
 * @param amendedAt     when
 */
public record HealthCheckAmended(
        UUID healthCheckId,
        UUID clientId,
        UUID pathwayId,
        int version,
        WorkAbilityAssessment assessment,
        List<HealthCheckFollowUp> followUps,
        Instant amendedAt)
        implements HealthCheckEvent {

    public HealthCheckAmended {
        Objects.requireNonNull(healthCheckId, "healthCheckId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(amendedAt, "amendedAt");
        followUps = List.copyOf(followUps);
        if (version < 2) {
            throw new IllegalArgumentException("An amendment makes version 2 or later");
        }
    }
}
