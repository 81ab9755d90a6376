package fi.polku.platform.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.polku.events.CloudEventHeaders;
import fi.polku.events.EventType;
import fi.polku.events.PolkuEvent;
import fi.polku.events.Topics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.header.Header;
import org.jboss.logging.Logger;

/**
 * Hands each event to a consumer's handler at most once, however often Kafka delivers it, and never drops one
 * that failed for a passing reason.
 *
 * <p>Call it from an {@code @Incoming @Blocking} method that is not {@code @Transactional}: each try runs in a
 * transaction of its own ({@link RecordProcessor}), in which the event id is claimed for the channel's consumer
 * group with {@code INSERT ... ON CONFLICT DO NOTHING} before the handler runs, so the claim and the read-model
 * change commit or roll back together, and two concurrent deliveries cannot both win. A record that breaks the
 * contract goes to the group's dead-letter topic; an event type this contract does not know at all (a newer
 * producer's) is skipped, but another version of a known type is dead-lettered, since skipping it would lose it.
 * So is an event that does not come from its topic's one producer ({@link Topics#source}) or whose type belongs
 * on another topic: a consumer obeys only the service that owns what the topic says.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    RecordProcessor processor;

    /**
     * Parses {@code record} and, if the consumer group of {@code channel} has not processed its id yet, runs
     * {@code handler}: one record per transaction, for a channel that is not a batch channel.
     */
    public void consume(String channel, ConsumerRecord<String, String> record, Consumer<ReceivedEvent> handler) {
        String group = processor.group(channel);
        processor.process(
                channel,
                record,
                () -> parse(record).ifPresent(event -> {
                    if (claim(group, event)) {
                        handler.accept(event);
                    } else {
                        LOG.debugf("%s already processed event %s", group, event.id());
                    }
                }));
    }

    /**
     * As {@link #consume}, for a batch channel's poll: parses every record, claims all their ids with one
     * statement, and runs {@code handler} for each event not processed before, in the records' order, all in
     * one transaction ({@link RecordProcessor#processBatch}). A record that breaks the contract makes the batch
     * fall back to one record at a time, so it alone is dead-lettered.
     */
    public void consumeBatch(String channel, ConsumerRecords<String, String> records, Consumer<ReceivedEvent> handler) {
        consumeBatchAtOnce(channel, records, events -> events.forEach(handler));
    }

    /**
     * As {@link #consumeBatch}, but hands the handler all the batch's new events at once, in the records' order,
     * so that it can write them with a few statements instead of one or more per event.
     */
    public void consumeBatchAtOnce(
            String channel, ConsumerRecords<String, String> records, Consumer<List<ReceivedEvent>> handler) {
        List<ConsumerRecord<String, String>> inOrder = new ArrayList<>(records.count());
        records.forEach(inOrder::add);
        String group = processor.group(channel);
        processor.processBatch(channel, inOrder, batch -> {
            List<ReceivedEvent> events = new ArrayList<>(batch.size());
            for (ConsumerRecord<String, String> record : batch) {
                parse(record).ifPresent(events::add);
            }
            Set<UUID> claimed = claim(group, events);
            List<ReceivedEvent> fresh = new ArrayList<>(claimed.size());
            for (ReceivedEvent event : events) {
                // remove(): the same event twice in one batch (a relay's resend) is handled once.
                if (claimed.remove(event.id())) {
                    fresh.add(event);
                }
            }
            if (!fresh.isEmpty()) {
                handler.accept(fresh);
            }
        });
    }

    private Set<UUID> claim(String group, List<ReceivedEvent> events) {
        if (events.isEmpty()) {
            return new HashSet<>();
        }
        @SuppressWarnings("unchecked")
        List<UUID> claimed = em.createNativeQuery("""
                insert into processed_event (consumer, event_id, event_type)
                select ?1, e.id, e.type from unnest(?2, ?3) as e(id, type)
                on conflict do nothing returning event_id""", UUID.class)
                .setParameter(1, group)
                .setParameter(2, events.stream().map(ReceivedEvent::id).toArray(UUID[]::new))
                .setParameter(3, events.stream().map(ReceivedEvent::type).toArray(String[]::new))
                .getResultList();
        return new HashSet<>(claimed);
    }

    private boolean claim(String group, ReceivedEvent event) {
        return em.createNativeQuery("""
                insert into processed_event (consumer, event_id, event_type) values (?1, ?2, ?3)
                on conflict do nothing""")
                        .setParameter(1, group)
                        .setParameter(2, event.id())
                        .setParameter(3, event.type())
                        .executeUpdate()
                == 1;
    }

    /**
     * The event in {@code record}, or empty for a type this contract version does not know (a newer producer); a
     * record that breaks the contract throws {@link InvalidEventException}. Public for a read model's rebuild, which
     * reads the topics with a consumer of its own and must read them exactly as the live consumers do.
     */
    public Optional<ReceivedEvent> parse(ConsumerRecord<String, String> record) {
        String typeName = header(record, CloudEventHeaders.TYPE);
        Optional<EventType<?>> type = EventType.byName(typeName);
        if (type.isEmpty()) {
            if (EventType.isVersionOfKnownType(typeName)) {
                throw new InvalidEventException("Event type " + typeName + " is a version this consumer cannot read");
            }
            LOG.debugf(
                    "Skipping event of unknown type %s at %s-%d@%d",
                    typeName, record.topic(), record.partition(), record.offset());
            return Optional.empty();
        }
        UUID id = uuid(header(record, CloudEventHeaders.ID), CloudEventHeaders.ID);
        if (!type.get().topic().equals(record.topic())) {
            throw new InvalidEventException("Event " + id + " of type " + typeName + " does not belong on "
                    + record.topic() + " (its topic is " + type.get().topic() + ")");
        }
        String source = header(record, CloudEventHeaders.SOURCE);
        Optional<String> producer = Topics.source(record.topic());
        if (producer.isPresent() && !producer.get().equals(source)) {
            LOG.warnf(
                    "Refused event %s at %s-%d@%d: source %s is not %s's producer %s",
                    id,
                    record.topic(),
                    record.partition(),
                    record.offset(),
                    printable(source),
                    record.topic(),
                    producer.get());
            throw new InvalidEventException("Event " + id + " comes from " + printable(source) + ", not from "
                    + record.topic() + "'s producer " + producer.get());
        }
        Instant time = instant(header(record, CloudEventHeaders.TIME));
        if (record.value() == null) {
            throw new InvalidEventException("Event " + id + " has no data");
        }
        PolkuEvent payload;
        try {
            payload = json.readValue(record.value(), type.get().payloadType());
        } catch (IOException | RuntimeException e) {
            throw new InvalidEventException(
                    "Event " + id + " data does not match " + typeName + ": " + e.getMessage(), e);
        }
        String subject = header(record, CloudEventHeaders.SUBJECT);
        if (!payload.subject().toString().equals(subject) || !subject.equals(record.key())) {
            throw new InvalidEventException("Event " + id + " subject, key and payload disagree");
        }
        return Optional.of(new ReceivedEvent(id, typeName, source, time, payload));
    }

    /** A header's value as a log line and a dead letter's reason may quote it: short, one line. */
    private static String printable(String value) {
        String oneLine = value.replaceAll("[^\\p{Graph} ]", "?");
        return oneLine.length() <= 100 ? oneLine : oneLine.substring(0, 100) + "…";
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        if (header == null || header.value() == null) {
            throw new InvalidEventException("Missing CloudEvents header " + name + " at " + record.topic() + "-"
                    + record.partition() + "@" + record.offset());
        }
        return new String(header.value(), StandardCharsets.UTF_8);
    }

    private static UUID uuid(String value, String name) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidEventException(name + " is not a UUID: " + value, e);
        }
    }

    private static Instant instant(String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidEventException(CloudEventHeaders.TIME + " is not an RFC 3339 time: " + value, e);
        }
    }
}
