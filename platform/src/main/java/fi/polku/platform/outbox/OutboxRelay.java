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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

/**
 * Publishes outbox rows to Kafka in {@code seq} order and marks them published.
 *
 * <p>The relay runs on its own thread. {@link OutboxWriter} wakes it as soon as a transaction that wrote
 * events commits, so an event normally leaves within milliseconds; between wake-ups it polls every
 * {@code polku.outbox.poll-interval}, which picks up rows that an earlier round could not send.
 *
 * <p>Only one relay per database publishes at a time: a round runs under a transaction-scoped advisory lock,
 * so several instances of a service never send the same row concurrently or a key's events out of order. A
 * relay that finds another one mid-round tries again within milliseconds, not at its next poll, so an instance
 * whose own commit woke it does not wait for the poll either. That is why no LISTEN/NOTIFY is needed: every
 * instance wakes its own relay on its own commits, and whichever relay holds the lock publishes every
 * committed row.
 *
 * <p>A batch is sent without waiting for each acknowledgement, then awaited once. Rows that were acknowledged
 * are marked published. A row that failed holds back the later rows of its key for this round; other keys go
 * on. While the broker is away nothing is marked, nothing counts against a row, and nothing is lost. A row
 * that the broker refuses for a reason of its own (too large, topic not authorised), or fails while it takes
 * other rows (topic unknown), counts an attempt; after {@code polku.outbox.max-attempts} it is parked with its
 * error: other keys go on, its own key waits behind it until an operator has fixed the cause and unparked it
 * ({@link OutboxHealth} shows it). Delivery is at least once; consumers deduplicate by event id.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Advisory lock key: the relay's mutual exclusion within one service database. */
    private static final long RELAY_LOCK = 0x706f6c6b75L;
    /** First wait before trying again when another relay holds the lock; doubles up to the poll interval. */
    private static final long BUSY_WAIT_MILLIS = 10;

    private final EntityManager em;
    private final PlatformConfig.Outbox config;
    private final Map<String, Object> kafkaConfig;
    private final Counter published;
    private final Counter failed;
    private final Counter parked;
    private final Semaphore wakeUps = new Semaphore(0);
    private volatile KafkaProducer<String, byte[]> producer;
    private volatile boolean running;
    private Thread thread;

    OutboxRelay(
            EntityManager em,
            PlatformConfig config,
            @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
            MeterRegistry metrics) {
        this.em = em;
        this.config = config.outbox();
        this.kafkaConfig = kafkaConfig;
        this.published = metrics.counter("polku.outbox.published");
        this.failed = metrics.counter("polku.outbox.failed");
        this.parked = metrics.counter("polku.outbox.parked");
    }

    void start(@Observes StartupEvent startup) {
        if (!config.relayEnabled()) {
            LOG.info("Outbox relay disabled on this instance");
            return;
        }
        running = true;
        thread = Thread.ofPlatform().name("outbox-relay").daemon().start(this::run);
    }

    /**
     * Lets a round in progress finish before the relay stops. Interrupting it while it awaits the broker's
     * acknowledgements would leave rows on the topic that are not marked published, and the next relay (a rolling
     * update's new instance) would send them again. Only a round that outlasts its own send timeout is interrupted.
     */
    void stop(@Observes ShutdownEvent shutdown) {
        running = false;
        if (thread != null) {
            wakeUp();
            try {
                thread.join(config.sendTimeout().plusSeconds(15));
                if (thread.isAlive()) {
                    thread.interrupt();
                    thread.join(Duration.ofSeconds(5));
                }
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
        long busyWait = BUSY_WAIT_MILLIS;
        while (running) {
            try {
                int sent = publishBatch();
                if (sent < 0) {
                    wakeUps.tryAcquire(busyWait, TimeUnit.MILLISECONDS);
                    busyWait = Math.min(busyWait * 2, pollMillis);
                } else {
                    busyWait = BUSY_WAIT_MILLIS;
                    if (sent < config.batchSize()) {
                        wakeUps.tryAcquire(pollMillis, TimeUnit.MILLISECONDS);
                        wakeUps.drainPermits();
                    }
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

    /**
     * Publishes one batch of pending rows.
     *
     * @return how many rows were marked published, or -1 when another relay is mid-round
     */
    public int publishBatch() {
        int timeoutSeconds = (int) config.sendTimeout().toSeconds() + 30;
        return QuarkusTransaction.requiringNew().timeout(timeoutSeconds).call(this::publishLocked);
    }

    private int publishLocked() {
        boolean leader = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, RELAY_LOCK)
                .getSingleResult();
        if (!leader) {
            return -1;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                em.createNativeQuery("""
                select seq, cast(id as text), cast(aggregate_id as text), topic, type, source,
                       to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), cast(payload as text)
                from outbox_event o
                where published_at is null and parked_at is null
                  and not exists (select 1 from outbox_event p where p.aggregate_id = o.aggregate_id
                                  and p.published_at is null and p.parked_at is not null)
                order by seq limit ?1""").setParameter(1, config.batchSize()).getResultList();
        if (rows.isEmpty()) {
            return 0;
        }
        KafkaProducer<String, byte[]> kafka = producer();
        // Per key, the seq of its first row that failed or was skipped this round: that row and the key's later
        // rows stay pending and are sent again, in order; the key's earlier rows that were acknowledged are done.
        Map<String, Long> heldFrom = new HashMap<>();
        Set<String> heldTopics = new HashSet<>();
        List<Failed> failures = new ArrayList<>();
        List<Object[]> sentRows = new ArrayList<>(rows.size());
        List<Future<RecordMetadata>> sends = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            long seq = ((Number) row[0]).longValue();
            String key = (String) row[2];
            if (heldTopics.contains((String) row[3])) {
                heldFrom.putIfAbsent(key, seq);
            }
            if (heldFrom.containsKey(key)) {
                continue;
            }
            Future<RecordMetadata> send = kafka.send(toRecord(row));
            // The producer refuses some records at once (too large, topic not authorised), and fails a send only
            // after max.block.ms when it has no metadata for the topic (broker away, topic unknown): after such a
            // wait, skip the rest of that topic for this round.
            if (send.isDone() && send.state() == Future.State.FAILED) {
                Throwable cause = send.exceptionNow();
                failures.add(new Failed(row, cause));
                heldFrom.put(key, seq);
                if (cause instanceof RetriableException) {
                    heldTopics.add((String) row[3]);
                }
                continue;
            }
            sentRows.add(row);
            sends.add(send);
        }
        kafka.flush();
        long deadline = System.nanoTime() + config.sendTimeout().toNanos();
        List<Long> done = new ArrayList<>(sends.size());
        for (int i = 0; i < sends.size(); i++) {
            Object[] row = sentRows.get(i);
            long seq = ((Number) row[0]).longValue();
            String key = (String) row[2];
            try {
                sends.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (seq < heldFrom.getOrDefault(key, Long.MAX_VALUE)) {
                    done.add(seq);
                }
            } catch (ExecutionException e) {
                failures.add(new Failed(row, e.getCause()));
                heldFrom.merge(key, seq, Math::min);
            } catch (TimeoutException e) {
                failures.add(new Failed(row, e));
                break;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        // Whether the broker took anything this round: if it did, a row it keeps failing is the row's problem.
        boolean brokerAnswered = !done.isEmpty();
        for (Failed failure : failures) {
            recordFailure(failure.row(), failure.cause(), brokerAnswered);
        }
        if (!done.isEmpty()) {
            em.createNativeQuery("update outbox_event set published_at = now() where seq = any(?1)")
                    .setParameter(1, done.toArray(Long[]::new))
                    .executeUpdate();
            published.increment(done.size());
        }
        return done.size();
    }

    private record Failed(Object[] row, Throwable cause) {}

    /**
     * Records why a row was not published. A failure counts towards parking the row when the broker refused
     * the row itself, or failed it while taking other rows in the same round (an unknown topic, say); the
     * broker being away or slow for everyone is nobody's row's fault.
     */
    private void recordFailure(Object[] row, Throwable cause, boolean brokerAnswered) {
        long seq = ((Number) row[0]).longValue();
        failed.increment();
        boolean transientForAll = cause instanceof RetriableException || cause instanceof TimeoutException;
        if (transientForAll && !brokerAnswered) {
            LOG.warnf("Outbox relay could not publish row %d yet, will retry: %s", seq, cause.toString());
            em.createNativeQuery("update outbox_event set last_error = ?2 where seq = ?1")
                    .setParameter(1, seq)
                    .setParameter(2, String.valueOf(cause))
                    .executeUpdate();
            return;
        }
        Object parkedAt = em.createNativeQuery("""
                update outbox_event set attempts = attempts + 1, last_error = ?2,
                       parked_at = case when attempts + 1 >= ?3 then now() end
                where seq = ?1 returning parked_at""")
                .setParameter(1, seq)
                .setParameter(2, String.valueOf(cause))
                .setParameter(3, config.maxAttempts())
                .getSingleResult();
        if (parkedAt != null) {
            parked.increment();
            LOG.errorf(
                    "Outbox relay parked row %d (%s, key %s) after %d attempts; later events of that key wait "
                            + "until it is unparked: %s",
                    seq, row[4], row[2], config.maxAttempts(), cause.toString());
        } else {
            LOG.warnf(
                    "Outbox relay: row %d failed while the broker took others, will retry: %s", seq, cause.toString());
        }
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
        return new ProducerRecord<>(
                (String) row[3], null, (String) row[2], ((String) row[7]).getBytes(StandardCharsets.UTF_8), headers);
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
