package fi.polku.events;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A work-ability support team was assembled for a client's pathway, from the professions the client
 * needs. Produced by team-service.
 *
 * @param pathwayId   the pathway
 * @param teamId      the client's team
 * @param professions the members' professions (no names)
 * @param assembledAt when it was assembled
 */
public record TeamAssembled(UUID pathwayId, UUID teamId, List<Profession> professions, Instant assembledAt)
        implements PathwayEvent {

    public TeamAssembled {
        Objects.requireNonNull(pathwayId, "pathwayId");
        Objects.requireNonNull(teamId, "teamId");
        professions = List.copyOf(professions);
        Objects.requireNonNull(assembledAt, "assembledAt");
    }
}
