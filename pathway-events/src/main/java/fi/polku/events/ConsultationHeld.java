package fi.polku.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The client's team consulted an expert about the client; the indicators count consultations.
 *
 * @param pathwayId      the pathway
 * @param consultationId the consultation
 * @param consulted      whom the team consulted
 * @param heldAt         when it was held
 */
public record ConsultationHeld(UUID pathwayId, UUID consultationId, ConsultationTarget consulted, Instant heldAt)
        implements PathwayEvent {

    public ConsultationHeld {
        Objects.requireNonNull(pathwayId, "pathwayId");
        Objects.requireNonNull(consultationId, "consultationId");
        Objects.requireNonNull(consulted, "consulted");
        Objects.requireNonNull(heldAt, "heldAt");
    }
}
