package fi.polku.referral.employment;

/** What an employment system asks for. */
public enum RequestType {
    /** A referral to work-ability support; the default. */
    REFERRAL,
    /** A health check for the unemployed: passed on to health-check-service, no referral and no pathway. */
    HEALTH_CHECK
}
