package fi.polku.referral.referral;

import fi.polku.events.PathwayType;
import fi.polku.events.ReferralSource;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * Which referrals a list shows. The area matches the requested or the assigned area; team and type are
 * what triage assigned. Dates are calendar days in Finnish time, both ends included.
 *
 * @param newestFirst the order by receipt; ties are broken by id, so the order is stable
 */
public record ReferralFilter(
        Optional<ReferralStatus> status,
        Optional<ReferralSource> source,
        Optional<String> area,
        Optional<String> team,
        Optional<PathwayType> type,
        Optional<UUID> clientId,
        Optional<LocalDate> receivedFrom,
        Optional<LocalDate> receivedTo,
        boolean newestFirst) {}
