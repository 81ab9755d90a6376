package fi.polku.platform.inbox;

import fi.polku.events.PathwayEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * A pathway event as a consumer sees it: the envelope's attributes and the typed payload.
 *
 * @param id      CloudEvents id, the deduplication key
 * @param type    CloudEvents type name
 * @param source  the producing service
 * @param time    when the fact happened
 * @param payload the event itself
 */
public record ReceivedEvent(UUID id, String type, String source, Instant time, PathwayEvent payload) {
}
