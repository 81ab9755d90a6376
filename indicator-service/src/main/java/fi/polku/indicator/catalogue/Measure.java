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
    MEAN_SCORE
}
