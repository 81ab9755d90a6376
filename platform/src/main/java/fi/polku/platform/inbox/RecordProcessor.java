package fi.polku.platform.inbox;

import fi.polku.platform.PlatformConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * Runs a consumer's work for one record, each try in a transaction of its own, until it has been done or the
 * record has been dead-lettered; only then does the method return and the offset become committable.
 *
 * <p>What a failure means decides what happens ({@link Failure}): a transient one (the database restarting, a
 * deadlock, a lock timeout, the broker away while dead-lettering) is tried again after a wait that doubles up to
 * {@code polku.consumer.retry-max-backoff}, for as long as it takes, while readiness reports the channel stuck
 * ({@link ConsumerHealth}); the partition waits, so its order is kept. Only a record proven poison (it breaks the
 * contract, is of a version this consumer cannot read, or breaks a rule) goes to the consumer group's dead-letter
 * topic at once, and the partition goes on. Anything else is tried the same way, readiness down, for
 * {@code polku.consumer.unclassified-retry-for} from its first failure, and only then dead-lettered, with an error
 * in the log: a fault nobody foresaw must not cost a valid event its place in the read models within seconds.
 *
 * <p>Call it from an {@code @Incoming @Blocking} method (ordered, the default) that is not itself
 * {@code @Transactional}; {@link #processBatch} does the same for a batch channel's poll. The channel's
 * consumer group is read from its {@code group.id}, which is required.
 */
@ApplicationScoped
public class RecordProcessor {

    private static final Logger LOG = Logger.getLogger(RecordProcessor.class);

    private final PlatformConfig.Consumer config;
    private final DeadLetters deadLetters;
    private final ConsumerHealth health;
    private final MeterRegistry metrics;
    private final Config mpConfig;
    private final Clock clock;
    private final Map<String, String> groups = new ConcurrentHashMap<>();
    private final CountDownLatch shutdown = new CountDownLatch(1);

    RecordProcessor(
            PlatformConfig config,
            DeadLetters deadLetters,
            @Readiness ConsumerHealth health,
            MeterRegistry metrics,
            Config mpConfig,
            Clock clock) {
        this.config = config.consumer();
        this.deadLetters = deadLetters;
        this.health = health;
        this.metrics = metrics;
        this.mpConfig = mpConfig;
        this.clock = clock;
    }

    void stop(@Observes ShutdownEvent event) {
        shutdown.countDown();
    }

    /** The consumer group of {@code channel}, which also names its claims and its dead-letter topics. */
    public String group(String channel) {
        return groups.computeIfAbsent(
                channel,
                c -> mpConfig.getOptionalValue("mp.messaging.incoming." + c + ".group.id", String.class)
                        .orElseThrow(
                                () -> new IllegalStateException(
                                        "Channel " + c + " has no group.id: every Polku "
                                                + "consumer names its group, which its claims and dead-letter topics are named after")));
    }

    /**
     * Does {@code work} for {@code record} once it succeeds, or dead-letters the record.
     *
     * @throws ShuttingDownException when the application stops while a record is being retried: it stays
     *                               unacknowledged and is delivered again after the restart
     */
    public void process(String channel, ConsumerRecord<String, String> record, Runnable work) {
        String group = group(channel);
        if (!addressedTo(group, record)) {
            return;
        }
        Duration wait = config.retryInitialBackoff();
        Instant firstUnclassified = null;
        for (int tries = 1; ; tries++) {
            try {
                QuarkusTransaction.requiringNew().run(work);
                health.progressed(channel);
                return;
            } catch (RuntimeException failure) {
                Failure kind = Failure.of(failure);
                // The grace starts with the first failure nobody foresaw: an outage before it does not use it up.
                if (kind == Failure.UNCLASSIFIED && firstUnclassified == null) {
                    firstUnclassified = clock.instant();
                }
                boolean givenUp = kind == Failure.UNCLASSIFIED
                        && !clock.instant().isBefore(firstUnclassified.plus(config.unclassifiedRetryFor()));
                if (kind == Failure.POISON || givenUp) {
                    if (givenUp) {
                        LOG.errorf(
                                failure,
                                "%s: %s-%d@%d still failed after %s of tries (%d), for no known reason; "
                                        + "dead-lettering it: replay it once the cause is fixed",
                                group,
                                record.topic(),
                                record.partition(),
                                record.offset(),
                                config.unclassifiedRetryFor(),
                                tries);
                    }
                    if (tryDeadLetter(channel, group, record, failure, tries)) {
                        health.progressed(channel);
                        return;
                    }
                } else {
                    health.failed(channel, tries, failure);
                    metrics.counter(
                                    "polku.consumer.retries",
                                    "group",
                                    group,
                                    "topic",
                                    record.topic(),
                                    "failure",
                                    kind.name())
                            .increment();
                    LOG.warnf(
                            "%s: %s-%d@%d failed (%s, try %d), trying again in %d ms: %s",
                            group,
                            record.topic(),
                            record.partition(),
                            record.offset(),
                            kind,
                            tries,
                            wait.toMillis(),
                            failure.toString());
                }
            }
            pause(wait);
            wait = min(wait.multipliedBy(2), config.retryMaxBackoff());
        }
    }

    /**
     * Does {@code work} for a poll's worth of records in one transaction, so a busy consumer pays one commit
     * for many events. A transient failure retries the whole batch, as {@link #process} retries a record. Any
     * other failure means some record spoils the batch: the records are then done one at a time, each in its
     * own transaction, so the culprit alone is dead-lettered and its neighbours are applied, in order.
     *
     * @param work does what is needed for the records it is given, in their order: all of them, or one
     */
    public void processBatch(
            String channel,
            List<ConsumerRecord<String, String>> records,
            Consumer<List<ConsumerRecord<String, String>>> work) {
        String group = group(channel);
        List<ConsumerRecord<String, String>> addressed =
                records.stream().filter(r -> addressedTo(group, r)).toList();
        if (addressed.isEmpty()) {
            return;
        }
        Duration wait = config.retryInitialBackoff();
        for (int tries = 1; ; tries++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> work.accept(addressed));
                health.progressed(channel);
                return;
            } catch (RuntimeException failure) {
                if (Failure.of(failure) != Failure.TRANSIENT) {
                    LOG.infof(
                            "%s: a batch of %d records failed (%s); applying them one by one",
                            group, addressed.size(), failure.toString());
                    for (ConsumerRecord<String, String> record : addressed) {
                        process(channel, record, () -> work.accept(List.of(record)));
                    }
                    return;
                }
                health.failed(channel, tries, failure);
                metrics.counter(
                                "polku.consumer.retries",
                                "group",
                                group,
                                "topic",
                                addressed.getFirst().topic(),
                                "failure",
                                Failure.TRANSIENT.name())
                        .increment();
                LOG.warnf(
                        "%s: a batch of %d records failed (TRANSIENT, try %d), trying again in %d ms: %s",
                        group, addressed.size(), tries, wait.toMillis(), failure.toString());
            }
            pause(wait);
            wait = min(wait.multipliedBy(2), config.retryMaxBackoff());
        }
    }

    private boolean tryDeadLetter(
            String channel, String group, ConsumerRecord<String, String> record, RuntimeException failure, int tries) {
        try {
            deadLetters.send(group, record, reason(failure));
            return true;
        } catch (RuntimeException notSent) {
            health.failed(channel, tries, notSent);
            LOG.warnf(
                    "%s: could not dead-letter %s-%d@%d yet: %s",
                    group, record.topic(), record.partition(), record.offset(), notSent.toString());
            return false;
        }
    }

    /** A replayed dead letter is meant for one group; the others processed the original already. */
    private static boolean addressedTo(String group, ConsumerRecord<String, String> record) {
        Header replayFor = record.headers().lastHeader(DeadLetterHeaders.REPLAY_FOR);
        return replayFor == null || group.equals(new String(replayFor.value(), StandardCharsets.UTF_8));
    }

    private static String reason(Throwable failure) {
        Throwable poison = failure;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UnprocessableRecordException) {
                poison = t;
                break;
            }
        }
        return poison instanceof UnprocessableRecordException
                ? poison.getMessage()
                : poison.getClass().getName() + ": " + poison.getMessage();
    }

    private void pause(Duration wait) {
        try {
            if (shutdown.await(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ShuttingDownException();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ShuttingDownException();
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** The application stops while a record waits for another try. */
    public static final class ShuttingDownException extends RuntimeException {

        ShuttingDownException() {
            super("Shutting down while a record waits to be tried again; it will be delivered again");
        }
    }
}
