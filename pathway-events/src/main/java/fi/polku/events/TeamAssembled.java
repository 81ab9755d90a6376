package fi.polku.events;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A client's team was assembled for the pathway, with its client coordinator: published once, when the team is
 * first composed. Later changes travel as member joined/left and coordinator changed, so the latest state of a
 * pathway's team follows from its key's events in order. Produced by team-service.
 *
 * @param pathwayId     the pathway
 * @param clientTeamId  the client's team
 * @param members       who is on it
 * @param coordinatorId the client coordinator (asiakasvastaava): exactly one, and one of the members
 * @param assembledAt   when it was assembled
 */
public record TeamAssembled(
        UUID pathwayId, UUID clientTeamId, List<TeamMember> members, UUID coordinatorId, Instant assembledAt)
        implements PathwayEvent {

    public TeamAssembled {
        Objects.requireNonNull(pathwayId, "pathwayId");
        Objects.requireNonNull(clientTeamId, "clientTeamId");
        members = List.copyOf(members);
        Objects.requireNonNull(coordinatorId, "coordinatorId");
        if (members.stream().noneMatch(m -> m.professionalId().equals(coordinatorId))) {
            throw new IllegalArgumentException("The coordinator must be one of the members");
        }
        Objects.requireNonNull(assembledAt, "assembledAt");
    }
}
