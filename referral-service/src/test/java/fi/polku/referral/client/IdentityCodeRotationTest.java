package fi.polku.referral.client;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.polku.platform.testing.PolkuTest;
import fi.polku.platform.testing.Tokens;
import fi.polku.referral.TestApi;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;

/**
 * A rotation of the identity-code keys on a running service: a database of clients sealed under the old pair (the
 * standby, version 1) moves to the new current pair (version 2) in batches while clients are registered, found and
 * referred through the API, and every client is found by identity code afterwards.
 */
@QuarkusTest
@PolkuTest
@TestProfile(RotatingKeysProfile.class)
class IdentityCodeRotationTest {

    private static final int CLIENTS = 10_000;
    private static final int SEED_BATCH = 500;
    private static final String CHECKS = "0123456789ABCDEFHJKLMNPRSTUVWXY";
    private static final AtomicInteger SEARCHERS = new AtomicInteger();

    @Inject
    EntityManager em;

    @Inject
    ClientService clients;

    @Inject
    IdentityCodeRekeying rekeying;

    /** The service as it was before the rotation: the old pair alone, as version 1. */
    private final IdentityCodeProtector before = new IdentityCodeProtector(
            IdentityCodeProtector.KeyPair.of(
                    1, RotatingKeysProfile.STANDBY_ENCRYPTION_KEY, RotatingKeysProfile.STANDBY_LOOKUP_KEY, "old."),
            Optional.empty());

    /** Distinct valid codes of people born in 2001, whom no other test's random codes (born 1960–1999) can be. */
    private static String code(int index) {
        String date = String.format("%02d0101", 1 + index / 898);
        String individual = String.format("%03d", 2 + index % 898);
        return date + "A" + individual + CHECKS.charAt(Integer.parseInt(date + individual) % 31);
    }

    @Test
    void tenThousandClientsMoveToTheNewPairWhileReferralsArePostedAndAreAllFoundAfterwards() throws Exception {
        List<String> codes = IntStream.range(0, CLIENTS)
                .mapToObj(IdentityCodeRotationTest::code)
                .toList();
        List<UUID> ids =
                IntStream.range(0, CLIENTS).mapToObj(i -> UUID.randomUUID()).toList();
        AtomicInteger seeded = new AtomicInteger();
        AtomicBoolean rotating = new AtomicBoolean(true);
        AtomicInteger posted = new AtomicInteger();
        ExecutorService posters = Executors.newFixedThreadPool(2);
        List<Future<List<String>>> registered = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            registered.add(posters.submit(() -> post(codes, ids, seeded, rotating, posted)));
        }
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> posted.get() >= 2);
            int postedBefore = posted.get();
            for (int from = 0; from < CLIENTS; from += SEED_BATCH) {
                insert(codes.subList(from, from + SEED_BATCH), ids.subList(from, from + SEED_BATCH), 1);
                seeded.set(from + SEED_BATCH);
            }
            // A second instance re-keying beside the scheduled runs: each batch skips the rows the other has locked.
            rekeying.rekeyAll();
            await().atMost(Duration.ofSeconds(120)).until(() -> clientsUnder(1) == 0);
            int postedWhileRotating = posted.get() - postedBefore;
            rotating.set(false);
            List<String> registeredMeanwhile = new ArrayList<>();
            for (Future<List<String>> poster : registered) {
                registeredMeanwhile.addAll(poster.get());
            }

            assertTrue(
                    postedWhileRotating >= 4,
                    "referrals were posted while codes moved, not only after: " + postedWhileRotating);
            assertEquals(Map.of(2, (long) CLIENTS + registeredMeanwhile.size()), clientsByVersion());
            for (int from = 0; from < CLIENTS; from += 1_000) {
                int start = from;
                QuarkusTransaction.requiringNew().run(() -> {
                    for (int i = start; i < start + 1_000; i++) {
                        IdentityCode code = IdentityCode.parse(codes.get(i));
                        Client client = clients.lookupByIdentityCode(code).orElseThrow();
                        assertEquals(ids.get(i), client.id, codes.get(i));
                        assertEquals(code, clients.identityCode(client.id));
                    }
                    em.clear();
                });
            }
            QuarkusTransaction.requiringNew()
                    .run(() -> registeredMeanwhile.forEach(code -> assertTrue(
                            clients.lookupByIdentityCode(IdentityCode.parse(code))
                                    .isPresent(),
                            code)));
            assertEquals(0, clientsFoundBy(before, codes.subList(0, 100)), "the old lookup key finds nothing now");
            await().atMost(Duration.ofSeconds(10)).until(() -> rekeying.pending() == 0);
        } finally {
            rotating.set(false);
            posters.shutdownNow();
        }
    }

    /**
     * Until the rotation ends, as a county's handlers would: registers a client and refers them, and finds a client
     * the old pair sealed by identity code and refers them too. Returns the codes it registered.
     */
    private static List<String> post(
            List<String> codes, List<UUID> ids, AtomicInteger seeded, AtomicBoolean rotating, AtomicInteger posted) {
        List<String> registered = new ArrayList<>();
        while (rotating.get()) {
            String code = TestClients.freshCode();
            String handler = Tokens.bearer("handler-" + SEARCHERS.incrementAndGet(), "referral-handler");
            String id = TestApi.post(handler, ClientResourceTest.body(code), "/api/v1/clients")
                    .statusCode(201)
                    .extract()
                    .path("id");
            registered.add(code);
            refer(handler, id);
            int known = seeded.get();
            if (known > 0) {
                int i = ThreadLocalRandom.current().nextInt(known);
                TestApi.post(handler, "{\"identityCode\": \"" + codes.get(i) + "\"}", "/api/v1/clients/search")
                        .statusCode(200)
                        .body("id", equalTo(ids.get(i).toString()));
                refer(handler, ids.get(i).toString());
            }
            posted.incrementAndGet();
        }
        return registered;
    }

    private static void refer(String handler, String clientId) {
        TestApi.post(handler, """
                        {"clientId": "%s", "source": "EMPLOYMENT_SERVICES", "referringOrganisation": "TE-toimisto, Oulu",
                         "requestedArea": "Oulu", "reasons": ["LONG_TERM_UNEMPLOYMENT"],
                         "labourMarketStatus": "UNEMPLOYED", "unemployedSince": "2024-09-01"}""".formatted(clientId), "/api/v1/referrals").statusCode(201);
    }

    @Test
    void aServiceThatCannotOpenEveryStoredCodeRefusesToStart() {
        UUID id = UUID.randomUUID();
        insert(List.of(code(CLIENTS)), List.of(id), 7);
        try {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> rekeying.verify(null));
            assertTrue(e.getMessage().contains("(version=clients: [7=1])"), e.getMessage());
        } finally {
            QuarkusTransaction.requiringNew()
                    .run(() -> em.createNativeQuery("delete from client where id = ?1")
                            .setParameter(1, id)
                            .executeUpdate());
        }

        byte[] recorded = fingerprint(1);
        setFingerprint(1, new byte[64]);
        try {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> rekeying.verify(null));
            assertTrue(e.getMessage().contains("version 1 is configured with keys other than"), e.getMessage());
        } finally {
            setFingerprint(1, recorded);
        }
        rekeying.verify(null);
    }

    /** Stores clients as the service before the rotation did, with the version given. */
    private void insert(List<String> codes, List<UUID> ids, int version) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.unwrap(Session.class).doWork(connection -> {
                    try (PreparedStatement insert = connection.prepareStatement("""
                    insert into client (id, identity_code_sealed, identity_code_lookup, identity_code_key_version,
                        birth_date, first_names, last_name, municipality_code, preferred_language, security_ban,
                        created_at, updated_at)
                    values (?, ?, ?, ?, ?, 'Maija', 'Esimerkki', '564', 'fi', false, now(), now())""")) {
                        for (int i = 0; i < codes.size(); i++) {
                            IdentityCode code = IdentityCode.parse(codes.get(i));
                            IdentityCodeProtector.Sealed sealed = before.seal(code);
                            insert.setObject(1, ids.get(i));
                            insert.setBytes(2, sealed.sealed());
                            insert.setBytes(3, sealed.lookup());
                            insert.setInt(4, version);
                            insert.setObject(5, code.birthDate());
                            insert.addBatch();
                        }
                        insert.executeBatch();
                    }
                }));
    }

    private long clientsUnder(int version) {
        return clientsByVersion().getOrDefault(version, 0L);
    }

    @SuppressWarnings("unchecked")
    private Map<Integer, Long> clientsByVersion() {
        List<Object[]> rows = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("select identity_code_key_version, count(*) from client group by 1")
                        .getResultList());
        return rows.stream()
                .collect(Collectors.toMap(row -> ((Number) row[0]).intValue(), row -> ((Number) row[1]).longValue()));
    }

    private long clientsFoundBy(IdentityCodeProtector protector, List<String> codes) {
        List<byte[]> hashes = codes.stream()
                .map(code -> protector.lookupHashes(IdentityCode.parse(code)).getFirst())
                .toList();
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number)
                                em.createNativeQuery("select count(*) from client where identity_code_lookup in (?1)")
                                        .setParameter(1, hashes)
                                        .getSingleResult())
                        .longValue());
    }

    private byte[] fingerprint(int version) {
        return QuarkusTransaction.requiringNew()
                .call(() ->
                        (byte[]) em.createNativeQuery("select fingerprint from identity_code_key where version = ?1")
                                .setParameter(1, version)
                                .getSingleResult());
    }

    private void setFingerprint(int version, byte[] fingerprint) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("update identity_code_key set fingerprint = ?2 where version = ?1")
                        .setParameter(1, version)
                        .setParameter(2, fingerprint)
                        .executeUpdate());
    }
}
