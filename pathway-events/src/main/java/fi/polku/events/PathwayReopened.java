package fi.polku.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A closed pathway was reopened; its earlier outcome no longer stands. The reason stays in
 * referral-service.
 *
 * @param pathwayId   the pathway
 * @param clientId    the client
 * @param reopenedAt  when it reopened
 */
public record PathwayReopened(UUID pathwayId, UUID clientId, Instant reopenedAt) implements PathwayEvent {

    public PathwayReopened {
        Objects.requireNonNull(pathwayId, "pathwayId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(reopenedAt, "reopenedAt");
    }
}
