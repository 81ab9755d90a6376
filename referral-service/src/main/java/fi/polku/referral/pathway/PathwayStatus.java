package fi.polku.referral.pathway;

/** Whether a pathway is under way. */
public enum PathwayStatus {
    OPEN,
    /** Ended with an outcome; read-only unless reopened. */
    CLOSED
}
