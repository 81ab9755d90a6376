package fi.polku.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A professional left a client's team. Produced by team-service.
 *
 * @param pathwayId      the pathway
 * @param clientTeamId   the client's team
 * @param professionalId who left
 * @param profession     their profession
 * @param reason         why
 * @param leftAt         when
 */
public record TeamMemberLeft(
        UUID pathwayId,
        UUID clientTeamId,
        UUID professionalId,
        Profession profession,
        LeavingReason reason,
        Instant leftAt)
        implements PathwayEvent {

    public TeamMemberLeft {
        Objects.requireNonNull(pathwayId, "pathwayId");
        Objects.requireNonNull(clientTeamId, "clientTeamId");
        Objects.requireNonNull(professionalId, "professionalId");
        Objects.requireNonNull(profession, "profession");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(leftAt, "leftAt");
    }
}
