package fi.polku.indicator.referral;

import fi.polku.events.ReferralSource;
import java.time.YearMonth;
import java.util.Map;

/** Received referrals in a period, in total, by source and by month. */
public record ReferralSummary(YearMonth from, YearMonth to, long total, Map<ReferralSource, Long> bySource,
        Map<YearMonth, Long> byMonth) {
}
