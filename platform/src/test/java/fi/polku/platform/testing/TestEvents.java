package fi.polku.platform.testing;

import fi.polku.events.CloudEventHeaders;
import fi.polku.events.EventType;
import fi.polku.events.Topics;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Events as a producer would publish them, built from the contract's canonical samples, for
 * consumers' tests. A consumer test never re-declares the producer's classes.
 */
public final class TestEvents {

    private TestEvents() {}

    /** The canonical sample of {@code type}, with each {@code "field": "value"} of {@code replacements} swapped in. */
    public static String sample(EventType<?> type, Map<String, String> replacements) {
        try (InputStream in = EventType.class.getResourceAsStream(type.sample())) {
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (Map.Entry<String, String> r : replacements.entrySet()) {
                String replaced = json.replaceFirst(
                        "\"" + r.getKey() + "\": \"[^\"]*\"", "\"" + r.getKey() + "\": \"" + r.getValue() + "\"");
                if (replaced.equals(json) && !json.contains("\"" + r.getKey() + "\": \"" + r.getValue() + "\"")) {
                    throw new IllegalArgumentException("No string field " + r.getKey() + " in " + type.sample());
                }
                json = replaced;
            }
            return json;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Publishes {@code json} as a binary-mode CloudEvent of {@code type} about {@code subject}; returns its id. */
    public static UUID publish(EventType<?> type, UUID eventId, UUID subject, String time, String json) {
        KafkaTestClient.sendAll(List.of(record(type, eventId, subject, time, json)));
        return eventId;
    }

    /**
     * {@code json} as the record the topic's producer publishes for a binary-mode CloudEvent (its source the one
     * the contract names), to send many at once.
     */
    public static ProducerRecord<String, String> record(
            EventType<?> type, UUID eventId, UUID subject, String time, String json) {
        RecordHeaders headers = new RecordHeaders();
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        attributes.put(CloudEventHeaders.ID, eventId.toString());
        attributes.put(CloudEventHeaders.TYPE, type.name());
        attributes.put(CloudEventHeaders.SOURCE, Topics.source(type.topic()).orElseThrow());
        attributes.put(CloudEventHeaders.SUBJECT, subject.toString());
        attributes.put(CloudEventHeaders.TIME, time);
        attributes.put(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        attributes.forEach((name, value) -> headers.add(name, value.getBytes(StandardCharsets.UTF_8)));
        return new ProducerRecord<>(type.topic(), null, subject.toString(), json, headers);
    }
}
