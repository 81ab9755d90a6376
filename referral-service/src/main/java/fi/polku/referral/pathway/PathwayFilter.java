package fi.polku.referral.pathway;

import fi.polku.events.PathwayType;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * Which pathways a list shows. Dates are calendar days in Finnish time, both ends included.
 *
 * @param newestFirst the order by opening; ties are broken by id, so the order is stable
 */
public record PathwayFilter(Optional<PathwayStatus> status, Optional<PathwayType> type, Optional<String> area,
        Optional<String> team, Optional<UUID> clientId, Optional<LocalDate> openedFrom, Optional<LocalDate> openedTo,
        boolean newestFirst) {
}
