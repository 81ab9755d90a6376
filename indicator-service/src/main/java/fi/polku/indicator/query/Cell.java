package fi.polku.indicator.query;

import java.math.BigDecimal;

/**
 * One figure: a period's (and group's) value, its 90th percentile for durations, and how many facts it stands on.
 * A suppressed cell shows none of them.
 */
public record Cell(String period, String group, BigDecimal value, BigDecimal p90, Long n, boolean suppressed) {

    static Cell of(String period, String group, long n, BigDecimal value, BigDecimal p90) {
        return new Cell(period, group, value, p90, n, false);
    }

    Cell suppress() {
        return new Cell(period, group, null, null, null, true);
    }
}
