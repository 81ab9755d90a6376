package fi.polku.platform.testing;

import fi.polku.events.CloudEventHeaders;
import fi.polku.events.EventType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Events as a producer would publish them, built from the contract's canonical samples, for
 * consumers' tests. A consumer test never re-declares the producer's classes.
 */
public final class TestEvents {

    private TestEvents() {
    }

    /** The canonical sample of {@code type}, with each {@code "field": "value"} of {@code replacements} swapped in. */
    public static String sample(EventType<?> type, Map<String, String> replacements) {
        try (InputStream in = EventType.class.getResourceAsStream(type.sample())) {
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (Map.Entry<String, String> r : replacements.entrySet()) {
                String replaced = json.replaceFirst("\"" + r.getKey() + "\": \"[^\"]*\"",
                        "\"" + r.getKey() + "\": \"" + r.getValue() + "\"");
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
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        headers.put(CloudEventHeaders.ID, eventId.toString());
        headers.put(CloudEventHeaders.TYPE, type.name());
        headers.put(CloudEventHeaders.SOURCE, "/polku/test-producer");
        headers.put(CloudEventHeaders.SUBJECT, subject.toString());
        headers.put(CloudEventHeaders.TIME, time);
        headers.put(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        KafkaTestClient.send(type.topic(), subject.toString(), headers, json);
        return eventId;
    }
}
