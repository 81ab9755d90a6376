package fi.polku.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Another member of an assembled client's team became its client coordinator (asiakasvastaava): an explicit act,
 * never a side effect. The first coordinator travels in {@link TeamAssembled}. Produced by team-service.
 *
 * @param pathwayId             the pathway
 * @param clientTeamId          the client's team
 * @param previousCoordinatorId who coordinated until now; none when the team had been left without one (a team
 *                              from before coordinators had to be of the county, whose coordinator left with consent)
 * @param coordinatorId         who coordinates from now on
 * @param profession            the new coordinator's profession
 * @param changedAt             when
 */
public record ClientCoordinatorChanged(
        UUID pathwayId,
        UUID clientTeamId,
        UUID previousCoordinatorId,
        UUID coordinatorId,
        Profession profession,
        Instant changedAt)
        implements PathwayEvent {

    public ClientCoordinatorChanged {
        Objects.requireNonNull(pathwayId, "pathwayId");
        Objects.requireNonNull(clientTeamId, "clientTeamId");
        Objects.requireNonNull(coordinatorId, "coordinatorId");
        Objects.requireNonNull(profession, "profession");
        Objects.requireNonNull(changedAt, "changedAt");
    }
}
