package fi.polku.platform.accesslog;

/** Why client data was used: the "why" of an access log entry, declared by each endpoint. */
public enum Purpose {
    /** Receiving and triaging a referral, registering or finding the client it names. */
    TRIAGE,
    /** The work of the client's team: the pathway, its plan, services, consent and timeline. */
    CLIENT_CARE,
    /** A health check and its health details. */
    HEALTH_CARE,
    /** An employment system sending a referral. */
    REFERRAL_INTAKE,
    /** Reading the access and disclosure logs. */
    AUDIT,
    /** Pathway updates to the employment system whose referral request opened the pathway, under consent. */
    DISCLOSURE_UNDER_CONSENT
}
