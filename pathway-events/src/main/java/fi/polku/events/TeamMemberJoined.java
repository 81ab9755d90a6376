package fi.polku.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A professional joined an assembled client's team. Produced by team-service.
 *
 * @param pathwayId    the pathway
 * @param clientTeamId the client's team
 * @param member       who joined
 * @param joinedAt     when
 */
public record TeamMemberJoined(UUID pathwayId, UUID clientTeamId, TeamMember member, Instant joinedAt)
        implements PathwayEvent {

    public TeamMemberJoined {
        Objects.requireNonNull(pathwayId, "pathwayId");
        Objects.requireNonNull(clientTeamId, "clientTeamId");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(joinedAt, "joinedAt");
    }
}
