package fi.polku.events;

import java.util.List;
import java.util.Optional;

/**
 * The versioned event types of the contract. The CloudEvents type name is what travels in
 * {@code ce_type}; a breaking change to a payload is a new type with the next version number, never an
 * edit of an existing one.
 *
 * @param name        CloudEvents type, {@code fi.polku.<service>.<fact>.v<n>}
 * @param topic       the topic its producer writes it to
 * @param payloadType the record its JSON data maps to
 * @param schema      classpath resource of its JSON Schema
 * @param sample      classpath resource of a canonical sample, for consumers' tests
 */
public record EventType<T extends PathwayEvent>(String name, String topic, Class<T> payloadType, String schema,
        String sample) {

    public static final EventType<ReferralReceived> REFERRAL_RECEIVED = of("fi.polku.referral.received.v1",
            Topics.REFERRAL, ReferralReceived.class);

    public static final EventType<ReferralAccepted> REFERRAL_ACCEPTED = of("fi.polku.referral.accepted.v1",
            Topics.REFERRAL, ReferralAccepted.class);

    public static final EventType<ReferralRejected> REFERRAL_REJECTED = of("fi.polku.referral.rejected.v1",
            Topics.REFERRAL, ReferralRejected.class);

    public static final EventType<PathwayOpened> PATHWAY_OPENED = of("fi.polku.pathway.opened.v1",
            Topics.REFERRAL, PathwayOpened.class);

    public static final EventType<PathwayClosed> PATHWAY_CLOSED = of("fi.polku.pathway.closed.v1",
            Topics.REFERRAL, PathwayClosed.class);

    public static final EventType<PathwayReopened> PATHWAY_REOPENED = of("fi.polku.pathway.reopened.v1",
            Topics.REFERRAL, PathwayReopened.class);

    public static final List<EventType<?>> ALL = List.of(REFERRAL_RECEIVED, REFERRAL_ACCEPTED, REFERRAL_REJECTED,
            PATHWAY_OPENED, PATHWAY_CLOSED, PATHWAY_REOPENED);

    private static <T extends PathwayEvent> EventType<T> of(String name, String topic, Class<T> payloadType) {
        String file = name.substring("fi.polku.".length()) + ".json";
        return new EventType<>(name, topic, payloadType, "/fi/polku/events/schemas/" + file,
                "/fi/polku/events/samples/" + file);
    }

    public static Optional<EventType<?>> byName(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    @SuppressWarnings("unchecked")
    public static <T extends PathwayEvent> EventType<T> forEvent(T event) {
        return (EventType<T>) ALL.stream()
                .filter(t -> t.payloadType() == event.getClass())
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No event type for " + event.getClass()));
    }
}
