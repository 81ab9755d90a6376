package fi.polku.referral.referral;

/**
 * An {@code Idempotency-Key} as one caller sent it. Keys are scoped to the caller, so two systems
 * choosing the same key never see each other's referrals.
 */
public record IdempotencyKey(String caller, String key) {}
