package fi.polku.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A professional or the client's team asked an expert about the pathway; the question itself stays in
 * team-service. Produced by team-service.
 *
 * @param pathwayId      the pathway
 * @param consultationId the consultation
 * @param consulted      whom they asked
 * @param topic          what about
 * @param requestedAt    when
 */
public record ConsultationRequested(
        UUID pathwayId, UUID consultationId, ConsultationTarget consulted, ConsultationTopic topic, Instant requestedAt)
        implements PathwayEvent {

    public ConsultationRequested {
        Objects.requireNonNull(pathwayId, "pathwayId");
        Objects.requireNonNull(consultationId, "consultationId");
        Objects.requireNonNull(consulted, "consulted");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }
}
