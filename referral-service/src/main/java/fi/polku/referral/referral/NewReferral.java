package fi.polku.referral.referral;

import fi.polku.events.LabourMarketStatus;
import fi.polku.events.ReferralSource;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/** What a referrer tells us; validated at the edge, normalised by {@link Referral#receive}. */
public record NewReferral(
        UUID clientId,
        ReferralSource source,
        String referringOrganisation,
        String referringPerson,
        String requestedArea,
        String freeText,
        Set<ReferralReason> reasons,
        LabourMarketStatus labourMarketStatus,
        LocalDate unemployedSince) {

    /** Reasons in code order, so that the same request always digests the same for idempotency. */
    public NewReferral {
        reasons = reasons == null || reasons.isEmpty() ? reasons : EnumSet.copyOf(reasons);
    }
}
