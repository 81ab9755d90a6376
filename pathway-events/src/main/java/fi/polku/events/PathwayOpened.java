package fi.polku.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A pathway (one episode of support for one client) was opened by an accepted referral.
 *
 * @param pathwayId          the pathway
 * @param clientId           the client
 * @param ageGroup           the client's age band when it opened
 * @param municipalityCode   the client's municipality; absent under a security ban
 * @param pathwayType        the kind of pathway
 * @param area               the area it is assigned to
 * @param team               the team's name, when one was named (kept alone on pathways from before teams
 *                           had ids)
 * @param teamId             the team in team-service's registry, when one was named
 * @param labourMarketStatus the labour-market status its opening referral gave; absent on older events
 * @param unemployedSince    for an unemployed client, since when
 * @param openedAt           when it opened
 */
public record PathwayOpened(
        UUID pathwayId,
        UUID clientId,
        AgeGroup ageGroup,
        String municipalityCode,
        PathwayType pathwayType,
        String area,
        String team,
        UUID teamId,
        LabourMarketStatus labourMarketStatus,
        LocalDate unemployedSince,
        Instant openedAt)
        implements PathwayEvent {

    public PathwayOpened {
        Objects.requireNonNull(pathwayId, "pathwayId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(ageGroup, "ageGroup");
        Objects.requireNonNull(pathwayType, "pathwayType");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(openedAt, "openedAt");
    }
}
