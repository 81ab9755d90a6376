package fi.polku.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The expert answered a consultation; the answer's summary stays in team-service. Produced by team-service.
 *
 * @param pathwayId      the pathway
 * @param consultationId the consultation
 * @param consulted      who answered
 * @param answeredAt     when
 */
public record ConsultationAnswered(
        UUID pathwayId, UUID consultationId, ConsultationTarget consulted, Instant answeredAt) implements PathwayEvent {

    public ConsultationAnswered {
        Objects.requireNonNull(pathwayId, "pathwayId");
        Objects.requireNonNull(consultationId, "consultationId");
        Objects.requireNonNull(consulted, "consulted");
        Objects.requireNonNull(answeredAt, "answeredAt");
    }
}
