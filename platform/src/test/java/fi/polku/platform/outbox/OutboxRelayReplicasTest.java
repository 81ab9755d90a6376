package fi.polku.platform.outbox;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.polku.events.CloudEventHeaders;
import fi.polku.events.ReferralReceived;
import fi.polku.events.Topics;
import fi.polku.platform.PlatformConfig;
import fi.polku.platform.app.NoteService;
import fi.polku.platform.testing.KafkaTestClient;
import fi.polku.platform.testing.PolkuTest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.common.annotation.Identifier;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Two instances of a service, each with its own relay and producer, on one database: what a Deployment with two
 * replicas runs, and what a rolling update does when it stops the old instance while the new one runs.
 */
@QuarkusTest
@PolkuTest
class OutboxRelayReplicasTest {

    private static final int KEYS = 24;
    private static final int BACKLOG = 2_400;
    private static final int AFTER_THE_UPDATE = 240;

    @Inject
    NoteService notes;

    @Inject
    OutboxRelay applicationRelay;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    PlatformConfig config;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @Test
    void twoRelaysOnOneBacklogPublishEveryEventOnceInKeyOrderThroughARollingUpdate() throws Exception {
        List<UUID> keys = new ArrayList<>();
        for (int i = 0; i < KEYS; i++) {
            keys.add(UUID.randomUUID());
        }
        Map<UUID, List<UUID>> writtenOrder = new HashMap<>();
        // The application's own relay stands aside, so that exactly the two replicas below share the backlog.
        applicationRelay.stop(null);
        SimpleMeterRegistry oldMetrics = new SimpleMeterRegistry();
        SimpleMeterRegistry newMetrics = new SimpleMeterRegistry();
        OutboxRelay oldInstance = replica(oldMetrics);
        OutboxRelay newInstance = replica(newMetrics);
        try {
            write(keys, BACKLOG, writtenOrder);
            oldInstance.start(null);
            newInstance.start(null);
            // Not both: the relay holding the lock may take round after round while the other backs off, and which one
            // wins is up to the scheduler. Either way the old instance stops while the backlog is being sent.
            await().atMost(Duration.ofSeconds(60)).until(() -> published(oldMetrics) + published(newMetrics) > 0);

            // The rolling update: the old instance is stopped while the backlog is being sent, then events keep
            // coming and only the new instance is there to send them.
            oldInstance.stop(null);
            oldInstance.close();
            write(keys, AFTER_THE_UPDATE, writtenOrder);
            await().atMost(Duration.ofSeconds(60)).until(() -> unpublished(keys) == 0);
        } finally {
            oldInstance.stop(null);
            newInstance.stop(null);
            newInstance.close();
            applicationRelay.start(null);
        }

        List<ConsumerRecord<String, String>> records = KafkaTestClient.readAll(Topics.REFERRAL).stream()
                .filter(r -> keys.contains(UUID.fromString(r.key())))
                .toList();
        int total = BACKLOG + AFTER_THE_UPDATE;
        assertEquals(total, records.size(), "every event is on the topic, none twice");
        assertEquals(
                total,
                records.stream()
                        .map(r -> KafkaTestClient.header(r, CloudEventHeaders.ID))
                        .distinct()
                        .count());
        assertEquals(
                total,
                (long) (published(oldMetrics) + published(newMetrics)),
                "each event was acknowledged to exactly one of the two relays");
        assertTrue(published(newMetrics) >= AFTER_THE_UPDATE, "the new instance sent what came after the update");
        Map<UUID, List<UUID>> publishedOrder = new HashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            publishedOrder
                    .computeIfAbsent(UUID.fromString(record.key()), k -> new ArrayList<>())
                    .add(json.readValue(record.value(), ReferralReceived.class).referralId());
        }
        assertEquals(writtenOrder, publishedOrder, "each key's events are on the topic in the order written");
    }

    /** Another instance's relay: its own producer and metrics, the same database and settings but small batches. */
    private OutboxRelay replica(SimpleMeterRegistry metrics) {
        return new OutboxRelay(em, new SmallBatches(config, 40), kafkaConfig, metrics);
    }

    /** Writes {@code count} events round-robin over the keys, a hundred per transaction, as a busy service would. */
    private void write(List<UUID> keys, int count, Map<UUID, List<UUID>> writtenOrder) {
        for (int done = 0; done < count; done += 100) {
            int from = done;
            QuarkusTransaction.requiringNew().run(() -> {
                for (int i = from; i < Math.min(from + 100, count); i++) {
                    UUID key = keys.get(i % keys.size());
                    writtenOrder
                            .computeIfAbsent(key, k -> new ArrayList<>())
                            .add(notes.write(key, "replica backlog", false).referralId());
                }
            });
        }
    }

    private static double published(SimpleMeterRegistry metrics) {
        return metrics.counter("polku.outbox.published").count();
    }

    private long unpublished(List<UUID> keys) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(
                                        "select count(*) from outbox_event where published_at is null and aggregate_id = any(?1)")
                                .setParameter(1, keys.toArray(UUID[]::new))
                                .getSingleResult())
                        .longValue());
    }

    /** The application's settings with a smaller batch, so that the backlog takes the two relays many rounds. */
    private record SmallBatches(PlatformConfig delegate, int batchSize) implements PlatformConfig {

        @Override
        public String eventSource() {
            return delegate.eventSource();
        }

        @Override
        public Http http() {
            return delegate.http();
        }

        @Override
        public Outbox outbox() {
            Outbox outbox = delegate.outbox();
            return new Outbox() {
                @Override
                public boolean relayEnabled() {
                    return true;
                }

                @Override
                public Duration pollInterval() {
                    return outbox.pollInterval();
                }

                @Override
                public int batchSize() {
                    return batchSize;
                }

                @Override
                public Duration sendTimeout() {
                    return outbox.sendTimeout();
                }

                @Override
                public int maxAttempts() {
                    return outbox.maxAttempts();
                }

                @Override
                public Duration retention() {
                    return outbox.retention();
                }
            };
        }

        @Override
        public Consumer consumer() {
            return delegate.consumer();
        }

        @Override
        public Health health() {
            return delegate.health();
        }

        @Override
        public Housekeeping housekeeping() {
            return delegate.housekeeping();
        }
    }
}
