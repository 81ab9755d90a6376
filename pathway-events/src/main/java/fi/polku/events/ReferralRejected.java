package fi.polku.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A referral was not accepted; the reason and the suggested redirection are coded (the triage note
 * stays in referral-service).
 *
 * @param referralId  the referral
 * @param pathwayId   the pathway the referral was received on
 * @param clientId    the client
 * @param reason      why not
 * @param redirection where the client is suggested to turn instead
 * @param rejectedAt  when triage rejected it
 */
public record ReferralRejected(
        UUID referralId,
        UUID pathwayId,
        UUID clientId,
        RejectionReason reason,
        Redirection redirection,
        Instant rejectedAt)
        implements PathwayEvent {

    public ReferralRejected {
        Objects.requireNonNull(referralId, "referralId");
        Objects.requireNonNull(pathwayId, "pathwayId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(redirection, "redirection");
        Objects.requireNonNull(rejectedAt, "rejectedAt");
    }
}
