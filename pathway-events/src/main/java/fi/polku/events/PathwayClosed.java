package fi.polku.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A pathway ended with an outcome. The client's feedback score travels; their words stay in
 * referral-service.
 *
 * @param pathwayId     the pathway
 * @param clientId      the client
 * @param outcome       how it ended
 * @param feedbackScore the client's score 1–5, if they gave one
 * @param closedAt      when it closed
 */
public record PathwayClosed(UUID pathwayId, UUID clientId, Outcome outcome, Integer feedbackScore, Instant closedAt)
        implements PathwayEvent {

    public PathwayClosed {
        Objects.requireNonNull(pathwayId, "pathwayId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(closedAt, "closedAt");
    }
}
