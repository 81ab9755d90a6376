package fi.polku.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A referral was accepted into work-ability support, on the pathway it belongs to.
 *
 * @param referralId  the referral
 * @param pathwayId   its pathway: newly opened, or the client's open one it was attached to
 * @param clientId    the client
 * @param pathwayType the kind of pathway
 * @param area        the area the client is assigned to
 * @param team        the team's name, when one was named (kept alone on pathways from before teams had ids)
 * @param teamId      the team in team-service's registry, when one was named
 * @param acceptedAt  when triage accepted it
 */
public record ReferralAccepted(
        UUID referralId,
        UUID pathwayId,
        UUID clientId,
        PathwayType pathwayType,
        String area,
        String team,
        UUID teamId,
        Instant acceptedAt)
        implements PathwayEvent {

    public ReferralAccepted {
        Objects.requireNonNull(referralId, "referralId");
        Objects.requireNonNull(pathwayId, "pathwayId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(pathwayType, "pathwayType");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(acceptedAt, "acceptedAt");
    }
}
