package fi.polku.indicator.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

/** Indicators are reported by calendar month in Finnish time, whatever the server's zone. */
public final class ReferralMonth {

    static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");

    private ReferralMonth() {
    }

    /** The reporting month of an instant, as its first day. */
    public static LocalDate of(Instant instant) {
        return YearMonth.from(instant.atZone(FINLAND)).atDay(1);
    }
}
