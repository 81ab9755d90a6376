package fi.polku.indicator.query;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** How figures are bucketed in time, Finnish time. */
public enum Period {
    MONTH("to_char(f.occurred_at at time zone 'Europe/Helsinki', 'YYYY-MM')"),
    QUARTER("to_char(f.occurred_at at time zone 'Europe/Helsinki', 'YYYY') || '-Q' "
            + "|| to_char(f.occurred_at at time zone 'Europe/Helsinki', 'Q')"),
    YEAR("to_char(f.occurred_at at time zone 'Europe/Helsinki', 'YYYY')");

    private final String bucket;

    Period(String bucket) {
        this.bucket = bucket;
    }

    String bucket() {
        return bucket;
    }

    /** Every period from the one holding {@code from} to the one holding {@code to}: empty ones show as 0. */
    List<String> between(YearMonth from, YearMonth to) {
        List<String> periods = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            String label = label(month);
            if (periods.isEmpty() || !periods.getLast().equals(label)) {
                periods.add(label);
            }
        }
        return periods;
    }

    /**
     * Whether a period starts with {@code month}. A range must cover whole periods: a part of a quarter or year
     * labelled as the whole would let two ranges' totals be subtracted into a suppressed month.
     */
    boolean starts(YearMonth month) {
        return first(month).equals(month);
    }

    /** The first month of the period holding {@code month}. */
    public YearMonth first(YearMonth month) {
        return switch (this) {
            case MONTH -> month;
            case QUARTER -> month.minusMonths((month.getMonthValue() - 1) % 3);
            case YEAR -> month.withMonth(1);
        };
    }

    /** The last month of the period holding {@code month}. */
    public YearMonth last(YearMonth month) {
        return switch (this) {
            case MONTH -> month;
            case QUARTER -> first(month).plusMonths(2);
            case YEAR -> month.withMonth(12);
        };
    }

    /** This period's label for a finer period's label: a month's ({@code 2026-03}) or a quarter's ({@code 2026-Q1}). */
    String labelOf(String finer) {
        int quarter = finer.indexOf("-Q");
        YearMonth month = quarter < 0
                ? YearMonth.parse(finer)
                : YearMonth.of(
                        Integer.parseInt(finer.substring(0, quarter)),
                        (Integer.parseInt(finer.substring(quarter + 2)) - 1) * 3 + 1);
        return label(month);
    }

    String label(YearMonth month) {
        return switch (this) {
            case MONTH -> month.toString();
            case QUARTER -> month.getYear() + "-Q" + ((month.getMonthValue() - 1) / 3 + 1);
            case YEAR -> String.valueOf(month.getYear());
        };
    }
}
