package fi.polku.referral.servicereferral;

/** Where a service referral is: planned → started → ended, or planned → ended when it never started. */
public enum ServiceReferralStatus {
    PLANNED,
    STARTED,
    ENDED
}
