package fi.polku.healthcheck.check;

/** How much concern a finding area gives. */
public enum ConcernLevel {
    NO_CONCERN,
    SOME_CONCERN,
    SIGNIFICANT_CONCERN
}
