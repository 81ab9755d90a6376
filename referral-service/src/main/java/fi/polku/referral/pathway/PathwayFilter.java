package fi.polku.referral.pathway;

import fi.polku.events.PathwayType;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Which pathways a list shows. Dates are calendar days in Finnish time, both ends included.
 *
 * @param newestFirst the order by opening; ties are broken by id, so the order is stable
 * @param teams       when present, only pathways of these standing teams (ids: the caller's own)
 */
public record PathwayFilter(
        Optional<PathwayStatus> status,
        Optional<PathwayType> type,
        Optional<String> area,
        Optional<String> team,
        Optional<UUID> clientId,
        Optional<LocalDate> openedFrom,
        Optional<LocalDate> openedTo,
        boolean newestFirst,
        Optional<Set<UUID>> teams) {

    public PathwayFilter(
            Optional<PathwayStatus> status,
            Optional<PathwayType> type,
            Optional<String> area,
            Optional<String> team,
            Optional<UUID> clientId,
            Optional<LocalDate> openedFrom,
            Optional<LocalDate> openedTo,
            boolean newestFirst) {
        this(status, type, area, team, clientId, openedFrom, openedTo, newestFirst, Optional.empty());
    }

    /** The same filter, narrowed to pathways of these teams (none: nothing). */
    public PathwayFilter withinTeams(Set<UUID> teams) {
        return new PathwayFilter(
                status, type, area, team, clientId, openedFrom, openedTo, newestFirst, Optional.of(Set.copyOf(teams)));
    }
}
