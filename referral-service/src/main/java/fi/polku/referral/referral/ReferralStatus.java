package fi.polku.referral.referral;

/** Where a referral stands in triage. */
public enum ReferralStatus {
    /** Received and waiting for triage. */
    RECEIVED
}
