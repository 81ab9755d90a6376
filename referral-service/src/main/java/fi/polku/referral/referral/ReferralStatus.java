package fi.polku.referral.referral;

/** Where a referral stands in triage. */
public enum ReferralStatus {
    /** Received and waiting for triage. */
    RECEIVED,
    /** Triage asked the referrer for more information; it can still be accepted or rejected. */
    MORE_INFORMATION_REQUESTED,
    /** Accepted onto a pathway. Final. */
    ACCEPTED,
    /** Not accepted, with a coded reason and redirection. Final. */
    REJECTED
}
