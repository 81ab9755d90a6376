package fi.polku.platform.outbox;

import fi.polku.events.CloudEventHeaders;
import fi.polku.platform.PlatformConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

/**
 * Publishes outbox rows to Kafka in {@code seq} order and marks them published.
 *
 * <p>The relay runs on its own thread. {@link OutboxWriter} wakes it as soon as a transaction that wrote
 * events commits, so an event normally leaves within milliseconds; between wake-ups it polls every
 * {@code polku.outbox.poll-interval}, which picks up rows that other instances wrote or that an earlier
 * round could not send.
 *
 * <p>Only one relay per database publishes at a time: a batch runs under a transaction-scoped
 * advisory lock, so several instances of a service never send the same row concurrently or a pathway's
 * events out of order; the others skip the round. A batch is sent without waiting for each
 * acknowledgement, then awaited once. Rows up to the first failure are marked published; that row and
 * the ones after it stay pending and are sent again on the next round, so delivery is at least once
 * and consumers deduplicate by event id. While the broker is down nothing is marked and nothing is lost.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Advisory lock key: the relay's mutual exclusion within one service database. */
    private static final long RELAY_LOCK = 0x706f6c6b75L;

    private final EntityManager em;
    private final PlatformConfig.Outbox config;
    private final Map<String, Object> kafkaConfig;
    private final Counter published;
    private final Counter failed;
    private final Semaphore wakeUps = new Semaphore(0);
    private volatile KafkaProducer<String, byte[]> producer;
    private volatile boolean running;
    private Thread thread;

    OutboxRelay(EntityManager em, PlatformConfig config,
            @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, MeterRegistry metrics) {
        this.em = em;
        this.config = config.outbox();
        this.kafkaConfig = kafkaConfig;
        this.published = metrics.counter("polku.outbox.published");
        this.failed = metrics.counter("polku.outbox.failed");
    }

    void start(@Observes StartupEvent startup) {
        if (!config.relayEnabled()) {
            LOG.info("Outbox relay disabled on this instance");
            return;
        }
        running = true;
        thread = Thread.ofPlatform().name("outbox-relay").daemon().start(this::run);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Asks the relay to look for new rows now rather than at its next poll. */
    void wakeUp() {
        wakeUps.release();
    }

    private void run() {
        long pollMillis = config.pollInterval().toMillis();
        while (running) {
            try {
                int sent = publishBatch();
                if (sent < config.batchSize()) {
                    wakeUps.tryAcquire(pollMillis, TimeUnit.MILLISECONDS);
                    wakeUps.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.warnf("Outbox relay round failed, retrying in %d ms: %s", pollMillis, e.toString());
                sleepQuietly(pollMillis);
            }
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Publishes one batch of pending rows; returns how many were marked published. */
    public int publishBatch() {
        int timeoutSeconds = (int) config.sendTimeout().toSeconds() + 30;
        return QuarkusTransaction.requiringNew().timeout(timeoutSeconds).call(this::publishLocked);
    }

    private int publishLocked() {
        boolean leader = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, RELAY_LOCK).getSingleResult();
        if (!leader) {
            return 0;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select seq, cast(id as text), cast(aggregate_id as text), topic, type, source,
                       to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), cast(payload as text)
                from outbox_event where published_at is null order by seq limit ?1""")
                .setParameter(1, config.batchSize())
                .getResultList();
        if (rows.isEmpty()) {
            return 0;
        }
        List<Future<RecordMetadata>> sends = new ArrayList<>(rows.size());
        KafkaProducer<String, byte[]> kafka = producer();
        for (Object[] row : rows) {
            Future<RecordMetadata> send = kafka.send(toRecord(row));
            sends.add(send);
            // An unreachable broker fails each send only after max.block.ms: stop at the first such failure.
            if (send.isDone() && send.state() == Future.State.FAILED) {
                break;
            }
        }
        kafka.flush();
        long deadline = System.nanoTime() + config.sendTimeout().toNanos();
        List<Long> done = new ArrayList<>(rows.size());
        for (int i = 0; i < sends.size(); i++) {
            long seq = ((Number) rows.get(i)[0]).longValue();
            try {
                sends.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                done.add(seq);
            } catch (ExecutionException | TimeoutException e) {
                recordFailure(seq, e instanceof ExecutionException ? e.getCause() : e);
                break;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        if (!done.isEmpty()) {
            em.createNativeQuery("update outbox_event set published_at = now(), attempts = attempts + 1 where seq = any(?1)")
                    .setParameter(1, done.toArray(Long[]::new))
                    .executeUpdate();
            published.increment(done.size());
        }
        return done.size();
    }

    private void recordFailure(long seq, Throwable cause) {
        failed.increment();
        LOG.warnf("Outbox relay could not publish row %d, will retry: %s", seq, cause.toString());
        em.createNativeQuery("update outbox_event set attempts = attempts + 1, last_error = ?2 where seq = ?1")
                .setParameter(1, seq)
                .setParameter(2, String.valueOf(cause))
                .executeUpdate();
    }

    private static ProducerRecord<String, byte[]> toRecord(Object[] row) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        header(headers, CloudEventHeaders.ID, (String) row[1]);
        header(headers, CloudEventHeaders.SOURCE, (String) row[5]);
        header(headers, CloudEventHeaders.TYPE, (String) row[4]);
        header(headers, CloudEventHeaders.SUBJECT, (String) row[2]);
        header(headers, CloudEventHeaders.TIME, (String) row[6]);
        header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        return new ProducerRecord<>((String) row[3], null, (String) row[2],
                ((String) row[7]).getBytes(StandardCharsets.UTF_8), headers);
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            synchronized (this) {
                if (producer == null) {
                    producer = new KafkaProducer<>(producerConfig(), new StringSerializer(), new ByteArraySerializer());
                }
            }
        }
        return producer;
    }

    private Map<String, Object> producerConfig() {
        Map<String, Object> props = new HashMap<>(kafkaConfig);
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        // At most 5 in flight keeps per-partition order with idempotence enabled.
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        int timeoutMs = (int) config.sendTimeout().toMillis();
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeoutMs);
        // Kafka requires delivery.timeout >= linger + request.timeout.
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(timeoutMs / 2, 10_000));
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Math.min(timeoutMs / 2, 10_000));
        props.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay");
        return props;
    }

    @PreDestroy
    void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }
}
