package fi.polku.referral.referral;

import fi.polku.events.ReferralSource;
import java.util.UUID;

/** What a referrer tells us; validated at the edge, normalised by {@link Referral#receive}. */
public record NewReferral(UUID clientId, ReferralSource source, String referringOrganisation, String referringPerson,
        String requestedArea, String freeText) {
}
