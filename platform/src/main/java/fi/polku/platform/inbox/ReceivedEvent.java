package fi.polku.platform.inbox;

import fi.polku.events.PolkuEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * An event as a consumer sees it: the envelope's attributes and the typed payload.
 *
 * @param id      CloudEvents id, the deduplication key
 * @param type    CloudEvents type name
 * @param source  the producing service
 * @param time    when the fact happened
 * @param payload the event itself
 */
public record ReceivedEvent(UUID id, String type, String source, Instant time, PolkuEvent payload) {}
