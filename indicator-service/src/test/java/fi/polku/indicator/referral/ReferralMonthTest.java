package fi.polku.indicator.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReferralMonthTest {

    @Test
    void monthsFollowFinnishTimeNotUtc() {
        // 23:30 on 31 January in UTC is already February in Finland (UTC+2 in winter).
        assertEquals(LocalDate.of(2026, 2, 1), ReferralMonth.of(Instant.parse("2026-01-31T22:30:00Z")));
        assertEquals(LocalDate.of(2026, 1, 1), ReferralMonth.of(Instant.parse("2026-01-31T21:59:59Z")));
        // Summer time is UTC+3.
        assertEquals(LocalDate.of(2026, 7, 1), ReferralMonth.of(Instant.parse("2026-06-30T21:00:00Z")));
        assertEquals(LocalDate.of(2026, 6, 1), ReferralMonth.of(Instant.parse("2026-06-30T20:59:59Z")));
    }
}
