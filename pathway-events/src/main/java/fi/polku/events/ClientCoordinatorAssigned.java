package fi.polku.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The client's team chose its client coordinator (asiakasvastaava). Produced by team-service.
 *
 * @param pathwayId  the pathway
 * @param teamId     the client's team
 * @param profession the coordinator's profession (no name)
 * @param assignedAt when the coordinator was chosen
 */
public record ClientCoordinatorAssigned(UUID pathwayId, UUID teamId, Profession profession, Instant assignedAt)
        implements PathwayEvent {

    public ClientCoordinatorAssigned {
        Objects.requireNonNull(pathwayId, "pathwayId");
        Objects.requireNonNull(teamId, "teamId");
        Objects.requireNonNull(profession, "profession");
        Objects.requireNonNull(assignedAt, "assignedAt");
    }
}
