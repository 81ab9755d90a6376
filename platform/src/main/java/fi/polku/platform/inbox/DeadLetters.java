package fi.polku.platform.inbox;

import fi.polku.events.Topics;
import fi.polku.platform.PlatformConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

/**
 * Sends a record that a consumer group cannot process to that group's dead-letter topic,
 * {@code <topic>.dlq.<group>}, with the original key, value and headers and headers that say who, where, why and
 * when. The send is awaited, so the consumer commits the record's offset only once its dead letter is safe.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);
    private static final int MAX_REASON_LENGTH = 1000;

    private final Map<String, Object> kafkaConfig;
    private final Duration timeout;
    private final MeterRegistry metrics;
    private final Clock clock;
    private volatile KafkaProducer<String, String> producer;

    DeadLetters(
            @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
            PlatformConfig config,
            MeterRegistry metrics,
            Clock clock) {
        this.kafkaConfig = kafkaConfig;
        this.timeout = config.outbox().sendTimeout();
        this.metrics = metrics;
        this.clock = clock;
    }

    /**
     * Dead-letters {@code record} for {@code group}.
     *
     * @throws DeadLetterNotSentException when the broker did not take it; the caller tries again later
     */
    public void send(String group, ConsumerRecord<String, String> record, String reason) {
        String topic = Topics.deadLetter(record.topic(), group);
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.headers()) {
            headers.add(header);
        }
        header(headers, DeadLetterHeaders.GROUP, group);
        header(headers, DeadLetterHeaders.TOPIC, record.topic());
        header(headers, DeadLetterHeaders.PARTITION, Integer.toString(record.partition()));
        header(headers, DeadLetterHeaders.OFFSET, Long.toString(record.offset()));
        header(headers, DeadLetterHeaders.REASON, truncate(reason));
        header(headers, DeadLetterHeaders.TIME, clock.instant().toString());
        try {
            producer()
                    .send(new ProducerRecord<>(topic, null, record.key(), record.value(), headers))
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new DeadLetterNotSentException(topic, e.getCause());
        } catch (TimeoutException e) {
            throw new DeadLetterNotSentException(topic, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeadLetterNotSentException(topic, e);
        }
        metrics.counter("polku.consumer.dead-lettered", "group", group, "topic", record.topic())
                .increment();
        LOG.warnf(
                "%s dead-lettered %s-%d@%d to %s: %s",
                group, record.topic(), record.partition(), record.offset(), topic, truncate(reason));
    }

    private static String truncate(String reason) {
        String text = reason == null ? "no reason given" : reason;
        return text.length() <= MAX_REASON_LENGTH ? text : text.substring(0, MAX_REASON_LENGTH) + "…";
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private KafkaProducer<String, String> producer() {
        if (producer == null) {
            synchronized (this) {
                if (producer == null) {
                    Map<String, Object> props = new HashMap<>(kafkaConfig);
                    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
                    props.put(ProducerConfig.ACKS_CONFIG, "all");
                    int timeoutMs = (int) timeout.toMillis();
                    props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeoutMs);
                    props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(timeoutMs / 2, 10_000));
                    props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Math.min(timeoutMs / 2, 10_000));
                    props.put(ProducerConfig.LINGER_MS_CONFIG, 0);
                    props.put(ProducerConfig.CLIENT_ID_CONFIG, "dead-letters");
                    producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
                }
            }
        }
        return producer;
    }

    @PreDestroy
    void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    /** The broker did not take a dead letter; the record stays unacknowledged and is tried again. */
    public static final class DeadLetterNotSentException extends RuntimeException {

        DeadLetterNotSentException(String topic, Throwable cause) {
            super("Dead letter not sent to " + topic + ": " + cause, cause);
        }
    }
}
