package fi.polku.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A follow-up of a health check ended, with its result.
 *
 * @param followUpId    the follow-up
 * @param healthCheckId the health check
 * @param clientId      the client
 * @param pathwayId     the pathway, when the check belongs to one
 * @param followUp      which follow-up
 * @param result        how it ended
 * @param closedAt      when
 */
public record FollowUpClosed(
        UUID followUpId,
        UUID healthCheckId,
        UUID clientId,
        UUID pathwayId,
        HealthCheckFollowUp followUp,
        FollowUpResult result,
        Instant closedAt)
        implements HealthCheckEvent {

    public FollowUpClosed {
        Objects.requireNonNull(followUpId, "followUpId");
        Objects.requireNonNull(healthCheckId, "healthCheckId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(followUp, "followUp");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(closedAt, "closedAt");
    }
}
