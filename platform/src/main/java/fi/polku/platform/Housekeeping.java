package fi.polku.platform;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Deletes what the machinery no longer needs: published outbox rows older than {@code polku.outbox.retention},
 * consumers' claims older than {@code polku.consumer.claim-retention} and rate-limit windows that have ended, every
 * {@code polku.housekeeping.interval}, in chunks so that no transaction holds many locks for long. Parked and
 * pending rows are never deleted. It also makes the access log's monthly partitions a year ahead; it never removes
 * anything from the access log. Every instance may run it; the statements do not conflict.
 */
@ApplicationScoped
public class Housekeeping {

    private static final Logger LOG = Logger.getLogger(Housekeeping.class);
    private static final int CHUNK = 5_000;
    private static final int ACCESS_LOG_MONTHS_AHEAD = 12;

    @Inject
    EntityManager em;

    @Inject
    PlatformConfig config;

    @Inject
    Clock clock;

    @Scheduled(
            every = "${polku.housekeeping.interval}",
            delayed = "${polku.housekeeping.interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        preparePartitions();
        Result result = deleteExpired();
        if (result.outboxRows() + result.claims() > 0) {
            LOG.infof(
                    "Housekeeping deleted %d published outbox rows and %d consumer claims",
                    result.outboxRows(), result.claims());
        }
    }

    /** Makes the access log's partitions for this month and the twelve after it, where they are missing. */
    public int preparePartitions() {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("select access_log_prepare_partitions(?1)")
                                .setParameter(1, ACCESS_LOG_MONTHS_AHEAD)
                                .getSingleResult())
                        .intValue());
    }

    /** Deletes everything past its retention now. */
    public Result deleteExpired() {
        Instant now = clock.instant();
        long outboxRows = deleteInChunks("""
                delete from outbox_event where seq in (
                    select seq from outbox_event
                    where occurred_at < ?1 and published_at < ?1 limit ?2)""", now.minus(config.outbox().retention()));
        long claims = deleteInChunks("""
                delete from processed_event where (consumer, event_id) in (
                    select consumer, event_id from processed_event where processed_at < ?1 limit ?2)""", now.minus(config.consumer().claimRetention()));
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("delete from rate_limit_window where window_start < ?1")
                        .setParameter(1, now.minusSeconds(120))
                        .executeUpdate());
        return new Result(outboxRows, claims);
    }

    private long deleteInChunks(String sql, Instant cutoff) {
        long total = 0;
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew()
                    .call(() -> em.createNativeQuery(sql)
                            .setParameter(1, cutoff)
                            .setParameter(2, CHUNK)
                            .executeUpdate());
            total += deleted;
        } while (deleted == CHUNK);
        return total;
    }

    /** What one run deleted. */
    public record Result(long outboxRows, long claims) {}
}
