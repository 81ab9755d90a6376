package fi.polku.platform.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.polku.events.CloudEventHeaders;
import fi.polku.events.EventType;
import fi.polku.events.PolkuEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.jboss.logging.Logger;

/**
 * Hands each event to a consumer's handler at most once, however often Kafka delivers it.
 *
 * <p>Call it from the {@code @Incoming} method, inside the transaction that updates the read model: the
 * event id is claimed with {@code INSERT ... ON CONFLICT DO NOTHING} before the handler runs, so the claim
 * and the read-model change commit or roll back together, and two concurrent deliveries cannot both win.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);

    private final EntityManager em;
    private final ObjectMapper json;

    IdempotentConsumer(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    /**
     * Parses {@code record} and, if {@code consumer} has not processed its id yet, runs {@code handler}.
     *
     * @return whether the handler ran
     * @throws InvalidEventException when the record does not honour the event contract
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean consume(String consumer, ConsumerRecord<String, String> record, Consumer<ReceivedEvent> handler) {
        Optional<ReceivedEvent> event = parse(record);
        if (event.isEmpty()) {
            return false;
        }
        int claimed = em.createNativeQuery("""
                insert into processed_event (consumer, event_id, event_type) values (?1, ?2, ?3)
                on conflict do nothing""")
                .setParameter(1, consumer)
                .setParameter(2, event.get().id())
                .setParameter(3, event.get().type())
                .executeUpdate();
        if (claimed == 0) {
            LOG.debugf("%s already processed event %s", consumer, event.get().id());
            return false;
        }
        handler.accept(event.get());
        return true;
    }

    /** The event in {@code record}, or empty for a type this contract version does not know (a newer producer). */
    Optional<ReceivedEvent> parse(ConsumerRecord<String, String> record) {
        String typeName = header(record, CloudEventHeaders.TYPE);
        Optional<EventType<?>> type = EventType.byName(typeName);
        if (type.isEmpty()) {
            LOG.debugf("Skipping event of unknown type %s at %s-%d@%d", typeName, record.topic(), record.partition(),
                    record.offset());
            return Optional.empty();
        }
        UUID id = uuid(header(record, CloudEventHeaders.ID), CloudEventHeaders.ID);
        Instant time = instant(header(record, CloudEventHeaders.TIME));
        if (record.value() == null) {
            throw new InvalidEventException("Event " + id + " has no data");
        }
        PolkuEvent payload;
        try {
            payload = json.readValue(record.value(), type.get().payloadType());
        } catch (IOException | RuntimeException e) {
            throw new InvalidEventException("Event " + id + " data does not match " + typeName + ": " + e.getMessage(), e);
        }
        String subject = header(record, CloudEventHeaders.SUBJECT);
        if (!payload.subject().toString().equals(subject) || !subject.equals(record.key())) {
            throw new InvalidEventException("Event " + id + " subject, key and payload disagree");
        }
        return Optional.of(new ReceivedEvent(id, typeName, header(record, CloudEventHeaders.SOURCE), time, payload));
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
