package fi.polku.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A referral into work-ability support was received. Carries the pseudonymous {@code clientId} only:
 * never the identity code, names or birth date.
 *
 * @param referralId         the referral
 * @param pathwayId          the pathway (episode of support) the referral belongs to
 * @param clientId           the client, as known to every service
 * @param ageGroup           the client's age band when the referral was received
 * @param source             where the referral came from
 * @param municipalityCode   the client's municipality (3 digits); absent under a security ban
 * @param requestedArea      the area or team the referrer asked for, if any
 * @param labourMarketStatus the client's labour-market status as the referral gives it; absent on older events
 * @param unemployedSince    for an unemployed client, since when; health-check-service's worklist orders by it
 * @param receivedAt         when referral-service received it
 */
public record ReferralReceived(
        UUID referralId,
        UUID pathwayId,
        UUID clientId,
        AgeGroup ageGroup,
        ReferralSource source,
        String municipalityCode,
        String requestedArea,
        LabourMarketStatus labourMarketStatus,
        LocalDate unemployedSince,
        Instant receivedAt)
        implements PathwayEvent {

    public ReferralReceived {
        Objects.requireNonNull(referralId, "referralId");
        Objects.requireNonNull(pathwayId, "pathwayId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(ageGroup, "ageGroup");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }
}
