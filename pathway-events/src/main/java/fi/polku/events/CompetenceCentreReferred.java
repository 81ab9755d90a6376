package fi.polku.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The pathway was referred to the work-ability competence centre, which takes the hard cases; the indicators
 * count its clients from these. Produced by team-service.
 *
 * @param pathwayId  the pathway
 * @param referralId the referral
 * @param topic      what the competence centre is asked to help with
 * @param referredAt when
 */
public record CompetenceCentreReferred(UUID pathwayId, UUID referralId, ConsultationTopic topic, Instant referredAt)
        implements PathwayEvent {

    public CompetenceCentreReferred {
        Objects.requireNonNull(pathwayId, "pathwayId");
        Objects.requireNonNull(referralId, "referralId");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(referredAt, "referredAt");
    }
}
