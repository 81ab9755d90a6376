package fi.polku.referral.pathway;

/** Whether a pathway is under way. Closing with an outcome comes with the outcome feature. */
public enum PathwayStatus {
    OPEN
}
