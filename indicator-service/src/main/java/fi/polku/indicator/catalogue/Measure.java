package fi.polku.indicator.catalogue;

/** How an indicator's facts become a figure. */
public enum Measure {
    /** How many facts. */
    COUNT,
    /** How many different pathways have a fact: clients, not events. */
    PATHWAYS,
    /** Median and 90th percentile of calendar days between two moments of a pathway or referral. */
    DAYS,
    /** Mean of the facts' scores, with how many there were. */
    MEAN_SCORE,
    /** How many facts per 100 of a reference population (unemployed job seekers) in the period. */
    COVERAGE,
    /** Full-time equivalents of the staff at the end of the period, with their headcount: a stock, not a flow. */
    FTE;

    /**
     * Whether the figure stands on a count of facts that is itself as telling as the figure: such figures are
     * suppressed as counts, with their totals; the others (medians, means) on their own.
     */
    public boolean counted() {
        return this == COUNT || this == PATHWAYS || this == COVERAGE;
    }

    /**
     * Whether small cells are suppressed: every figure about clients is. The staff figures describe the county's own
     * resources, which team-service shows managers whole, so they are not.
     */
    public boolean suppressed() {
        return this != FTE;
    }
}
