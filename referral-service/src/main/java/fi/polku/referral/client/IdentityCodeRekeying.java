package fi.polku.referral.client;

import fi.polku.referral.ReferralConfig;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Moves every stored identity code to the current key pair, in batches while the service runs, whenever a standby pair
 * is configured; and refuses to start when the database holds codes no configured pair can open, or when a version's
 * keys are not the ones its codes were sealed with. Every instance may re-key: a batch locks its rows and skips those
 * another instance holds, and the lookup finds a code under either pair meanwhile.
 */
@ApplicationScoped
public class IdentityCodeRekeying {

    private static final Logger LOG = Logger.getLogger(IdentityCodeRekeying.class);

    @Inject
    IdentityCodeProtector protector;

    @Inject
    ReferralConfig config;

    @Inject
    EntityManager em;

    @Inject
    MeterRegistry metrics;

    @Inject
    Clock clock;

    private volatile long pending;

    void verify(@Observes StartupEvent startup) {
        pending = QuarkusTransaction.requiringNew().call(() -> {
            protector.pairs().forEach(this::verifyFingerprint);
            return refuseUnconfiguredVersions();
        });
        Gauge.builder("polku.identity.code.rekey.pending", this, rekeying -> rekeying.pending)
                .description("Stored identity codes not yet sealed under the current key pair")
                .register(metrics);
        if (pending > 0) {
            LOG.infof(
                    "%d identity codes are not under the current key version %d; re-keying moves them",
                    pending, protector.currentVersion());
        }
    }

    private void verifyFingerprint(IdentityCodeProtector.KeyPair pair) {
        byte[] fingerprint = IdentityCodeProtector.fingerprint(pair);
        em.createNativeQuery("insert into identity_code_key (version, fingerprint, first_used_at) values (?1, ?2, ?3) "
                        + "on conflict (version) do nothing")
                .setParameter(1, pair.version())
                .setParameter(2, fingerprint)
                .setParameter(3, clock.instant())
                .executeUpdate();
        byte[] recorded = (byte[]) em.createNativeQuery("select fingerprint from identity_code_key where version = ?1")
                .setParameter(1, pair.version())
                .getSingleResult();
        if (!Arrays.equals(recorded, fingerprint)) {
            throw new IllegalStateException("Identity-code key version " + pair.version()
                    + " is configured with keys other than those it was first used with, so the codes it sealed "
                    + "could not be opened. New keys need a new key-version; the old pair stays configured as the "
                    + "standby until re-keying ends (docs/operations.md, \"Rotating the identity-code keys\")");
        }
    }

    /** Refuses codes under a version no configured pair opens; returns how many are not under the current pair. */
    private long refuseUnconfiguredVersions() {
        List<Integer> configured = protector.pairs().stream()
                .map(IdentityCodeProtector.KeyPair::version)
                .toList();
        @SuppressWarnings("unchecked")
        List<Object[]> byVersion = em.createNativeQuery("""
                        select identity_code_key_version, count(*) from client
                        group by identity_code_key_version order by 1""").getResultList();
        List<String> unconfigured = byVersion.stream()
                .filter(row -> !configured.contains(((Number) row[0]).intValue()))
                .map(row -> row[0] + "=" + row[1])
                .toList();
        if (!unconfigured.isEmpty()) {
            throw new IllegalStateException("The database holds identity codes sealed under key versions that are "
                    + "not configured (version=clients: "
                    + unconfigured
                    + "); configure that pair as polku.referral.identity-code.standby until re-keying has moved them");
        }
        return byVersion.stream()
                .filter(row -> ((Number) row[0]).intValue() != protector.currentVersion())
                .mapToLong(row -> ((Number) row[1]).longValue())
                .sum();
    }

    @Scheduled(
            every = "${polku.referral.identity-code.rekey-interval}",
            delayed = "${polku.referral.identity-code.rekey-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        if (protector.standbyVersion().isPresent()) {
            rekeyAll();
        }
    }

    /** Re-keys batch after batch until no code under the standby pair is left unlocked; returns how many it moved. */
    public long rekeyAll() {
        int from = protector.standbyVersion().orElseThrow();
        Instant start = clock.instant();
        long moved = 0;
        int batch;
        while ((batch = rekeyBatch(from)) > 0) {
            moved += batch;
        }
        pending = pendingNow();
        if (moved > 0) {
            LOG.infof(
                    "Re-keyed %d identity codes from key version %d to %d in %d ms; %d not under the current pair",
                    moved,
                    from,
                    protector.currentVersion(),
                    Duration.between(start, clock.instant()).toMillis(),
                    pending);
        }
        return moved;
    }

    /** Stored codes not sealed under the current pair, as last counted. */
    public long pending() {
        return pending;
    }

    private long pendingNow() {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(
                                        "select count(*) from client where identity_code_key_version <> ?1")
                                .setParameter(1, protector.currentVersion())
                                .getSingleResult())
                        .longValue());
    }

    private int rekeyBatch(int from) {
        return QuarkusTransaction.requiringNew()
                .call(() -> em.unwrap(Session.class).doReturningWork(connection -> {
                    record Stored(UUID id, byte[] sealed) {}
                    List<Stored> batch = new ArrayList<>();
                    try (PreparedStatement select = connection.prepareStatement("""
                            select id, identity_code_sealed from client where identity_code_key_version = ?
                            limit ? for update skip locked""")) {
                        select.setInt(1, from);
                        select.setInt(2, config.identityCode().rekeyBatch());
                        try (ResultSet rows = select.executeQuery()) {
                            while (rows.next()) {
                                batch.add(new Stored(rows.getObject(1, UUID.class), rows.getBytes(2)));
                            }
                        }
                    }
                    try (PreparedStatement update = connection.prepareStatement("""
                            update client set identity_code_sealed = ?, identity_code_lookup = ?,
                                identity_code_key_version = ?
                            where id = ?""")) {
                        for (Stored stored : batch) {
                            IdentityCodeProtector.Sealed resealed = reseal(stored.id(), from, stored.sealed());
                            update.setBytes(1, resealed.sealed());
                            update.setBytes(2, resealed.lookup());
                            update.setInt(3, resealed.keyVersion());
                            update.setObject(4, stored.id());
                            update.addBatch();
                        }
                        update.executeBatch();
                    }
                    return batch.size();
                }));
    }

    private IdentityCodeProtector.Sealed reseal(UUID client, int from, byte[] sealed) {
        try {
            return protector.reseal(from, sealed);
        } catch (IllegalStateException e) {
            throw new IllegalStateException("Client " + client + ": identity code could not be re-keyed", e);
        }
    }
}
