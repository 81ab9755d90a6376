package fi.polku.platform.outbox;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.polku.events.AgeGroup;
import fi.polku.events.CloudEventHeaders;
import fi.polku.events.ReferralReceived;
import fi.polku.events.ReferralSource;
import fi.polku.events.Topics;
import fi.polku.platform.Housekeeping;
import fi.polku.platform.app.NoteService;
import fi.polku.platform.testing.KafkaTestClient;
import fi.polku.platform.testing.Management;
import fi.polku.platform.testing.PolkuTest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionalException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@PolkuTest
class OutboxRelayTest {

    @Inject
    NoteService notes;

    @Inject
    OutboxWriter outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    Housekeeping housekeeping;

    @Test
    void appendWritesTheExactOutboxRow() throws Exception {
        UUID pathway = UUID.randomUUID();
        ReferralReceived event = notes.write(pathway, "row check", false);

        Object[] row = (Object[]) QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("""
                select cast(aggregate_id as text), topic, type, source, cast(payload as text), attempts
                from outbox_event where aggregate_id = ?1""").setParameter(1, pathway).getSingleResult());

        assertEquals(pathway.toString(), row[0]);
        assertEquals(Topics.REFERRAL, row[1]);
        assertEquals("fi.polku.referral.received.v1", row[2]);
        assertEquals("/polku/referral-service", row[3]);
        assertEquals(event, json.readValue((String) row[4], ReferralReceived.class));
    }

    @Test
    void aRolledBackTransactionLeavesNeitherStateNorEvent() {
        UUID pathway = UUID.randomUUID();
        assertThrows(IllegalStateException.class, () -> notes.write(pathway, "doomed", true));

        assertEquals(0L, count("select count(*) from outbox_event where aggregate_id = ?1", pathway));
        assertEquals(0L, count("select count(*) from note where text = ?1", "doomed"));
    }

    @Test
    void anObserverOfTheAppendedEventWritesInTheSameTransaction() {
        ReferralReceived kept = notes.write(UUID.randomUUID(), "echo kept", false);
        assertEquals(1L, count("select count(*) from note where text = ?1", "echo of " + kept.referralId()));

        long before = count("select count(*) from note where text like ?1", "echo of %");
        assertThrows(IllegalStateException.class, () -> notes.write(UUID.randomUUID(), "echo doomed", true));
        assertEquals(before, count("select count(*) from note where text like ?1", "echo of %"));
    }

    @Test
    void appendingOutsideATransactionIsRefused() {
        ReferralReceived event = new ReferralReceived(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                AgeGroup.AGE_15_24,
                ReferralSource.SELF,
                null,
                null,
                null,
                null,
                Instant.now());
        assertThrows(TransactionalException.class, () -> outbox.append(event, Instant.now()));
    }

    @Test
    void everyEventIsPublishedOnceAsABinaryCloudEventInPathwayOrder() throws Exception {
        List<UUID> pathways = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            pathways.add(UUID.randomUUID());
        }
        Map<UUID, List<UUID>> writtenOrder = new HashMap<>();
        for (int i = 0; i < 400; i++) {
            UUID pathway = pathways.get(i % pathways.size());
            writtenOrder
                    .computeIfAbsent(pathway, p -> new ArrayList<>())
                    .add(notes.write(pathway, "bulk", false).referralId());
        }
        // Several relays racing, as with several instances of a service: the advisory lock serialises them.
        ExecutorService racers = Executors.newFixedThreadPool(4);
        List<Future<Integer>> rounds = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            rounds.add(racers.submit(relay::publishBatch));
        }
        for (Future<Integer> round : rounds) {
            round.get();
        }
        racers.shutdown();

        await().atMost(Duration.ofSeconds(30))
                .until(() -> count(
                                "select count(*) from outbox_event where published_at is null and aggregate_id = any(?1)",
                                pathways.toArray(UUID[]::new))
                        == 0);

        List<ConsumerRecord<String, String>> records = KafkaTestClient.readAll(Topics.REFERRAL).stream()
                .filter(r -> pathways.contains(UUID.fromString(r.key())))
                .toList();
        assertEquals(400, records.size());
        assertEquals(
                400,
                records.stream()
                        .map(r -> KafkaTestClient.header(r, CloudEventHeaders.ID))
                        .distinct()
                        .count());

        Map<UUID, List<UUID>> publishedOrder = new HashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            UUID pathway = UUID.fromString(record.key());
            assertEquals("1.0", KafkaTestClient.header(record, CloudEventHeaders.SPEC_VERSION));
            assertEquals("fi.polku.referral.received.v1", KafkaTestClient.header(record, CloudEventHeaders.TYPE));
            assertEquals("/polku/referral-service", KafkaTestClient.header(record, CloudEventHeaders.SOURCE));
            assertEquals(record.key(), KafkaTestClient.header(record, CloudEventHeaders.SUBJECT));
            assertEquals("application/json", KafkaTestClient.header(record, CloudEventHeaders.CONTENT_TYPE));
            Instant.parse(KafkaTestClient.header(record, CloudEventHeaders.TIME));
            ReferralReceived payload = json.readValue(record.value(), ReferralReceived.class);
            assertEquals(pathway, payload.pathwayId());
            publishedOrder.computeIfAbsent(pathway, p -> new ArrayList<>()).add(payload.referralId());
        }
        // Records of one key share a partition; readAll returns each partition in offset order.
        assertEquals(writtenOrder, publishedOrder);
        assertTrue(records.stream()
                .collect(Collectors.groupingBy(
                        ConsumerRecord::key, Collectors.mapping(ConsumerRecord::partition, Collectors.toSet())))
                .values()
                .stream()
                .allMatch(partitions -> partitions.size() == 1));
    }

    @Test
    void twoTransactionsWritingTheSameKeyAreSerialisedSoTheTopicHasTheirCommitOrder() throws Exception {
        UUID pathway = UUID.randomUUID();
        CountDownLatch appended = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            // The first use case appends its event and is slow to commit; the second, locking nothing the first
            // locked, writes an event of the same key meanwhile.
            Future<ReferralReceived> first =
                    threads.submit(() -> notes.writeAndHold(pathway, "first", appended, release));
            assertTrue(appended.await(30, TimeUnit.SECONDS));
            Future<ReferralReceived> second = threads.submit(() -> notes.write(pathway, "second", false));
            await().atMost(Duration.ofSeconds(20)).until(() -> count("""
                    select count(*) from pg_stat_activity
                    where wait_event_type = 'Lock' and wait_event = 'advisory' and datname = ?1""", currentDatabase()) == 1);
            assertEquals(
                    0L,
                    count("select count(*) from outbox_event where aggregate_id = ?1", pathway),
                    "neither row is visible while the first transaction is open");
            release.countDown();
            UUID firstReferral = first.get(30, TimeUnit.SECONDS).referralId();
            UUID secondReferral = second.get(30, TimeUnit.SECONDS).referralId();

            await().atMost(Duration.ofSeconds(20))
                    .until(() -> count(
                                    "select count(*) from outbox_event where aggregate_id = ?1 and published_at is not null",
                                    pathway)
                            == 2);
            List<UUID> published = new ArrayList<>();
            for (ConsumerRecord<String, String> record : KafkaTestClient.readAll(Topics.REFERRAL)) {
                if (record.key().equals(pathway.toString())) {
                    published.add(json.readValue(record.value(), ReferralReceived.class)
                            .referralId());
                }
            }
            assertEquals(List.of(firstReferral, secondReferral), published);
        } finally {
            release.countDown();
            threads.shutdownNow();
        }
    }

    @Test
    void aRowTheBrokerKeepsRefusingIsParkedAndHoldsBackItsKeyButNoOther() {
        UUID blockedKey = UUID.randomUUID();
        UUID tooLarge = UUID.randomUUID();
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("""
                insert into outbox_event (id, aggregate_id, topic, type, source, occurred_at, payload)
                values (?1, ?2, ?3, 'fi.polku.referral.received.v1', '/polku/referral-service', now(),
                        jsonb_build_object('padding', repeat('x', 1100000)))""")
                        .setParameter(1, tooLarge)
                        .setParameter(2, blockedKey)
                        .setParameter(3, Topics.REFERRAL)
                        .executeUpdate());
        ReferralReceived behindIt = notes.write(blockedKey, "behind the parked row", false);
        ReferralReceived otherKey = notes.write(UUID.randomUUID(), "another key", false);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> count(
                                "select count(*) from outbox_event where id = ?1 and parked_at is not null and attempts = 3",
                                tooLarge)
                        == 1);
        assertTrue(QuarkusTransaction.requiringNew()
                .call(() -> (String) em.createNativeQuery("select last_error from outbox_event where id = ?1")
                        .setParameter(1, tooLarge)
                        .getSingleResult())
                .contains("RecordTooLargeException"));
        await().atMost(Duration.ofSeconds(20)).until(() -> published(otherKey.pathwayId()) == 1);
        // Written after the parking, on another key: once it is out, the held row had its chance and did not go.
        ReferralReceived afterParking = notes.write(UUID.randomUUID(), "after the parking", false);
        await().atMost(Duration.ofSeconds(20)).until(() -> published(afterParking.pathwayId()) == 1);
        assertEquals(0L, published(blockedKey));
        Management.request()
                .get("/q/health/well")
                .then()
                .statusCode(503)
                .body("checks.find { it.name == 'Outbox' }.status", equalTo("DOWN"))
                .body(
                        "checks.find { it.name == 'Outbox' }.data.oldestParkedType",
                        equalTo("fi.polku.referral.received.v1"));

        // The operator's remedy for a row that can never be sent: remove it; its key goes on.
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("delete from outbox_event where id = ?1")
                        .setParameter(1, tooLarge)
                        .executeUpdate());
        await().atMost(Duration.ofSeconds(20)).until(() -> published(blockedKey) == 1);
        assertTrue(KafkaTestClient.readAll(Topics.REFERRAL).stream()
                .anyMatch(r -> r.value().contains(behindIt.referralId().toString())));
        Management.request().get("/q/health/well").then().statusCode(200);
    }

    @Test
    void anAcknowledgedRowIsPublishedOnceThoughALaterRowOfItsKeyFailsInTheSameRound() {
        UUID key = UUID.randomUUID();
        UUID tooLarge = UUID.randomUUID();
        // One transaction, so the relay sees both rows in one round: the event first, the unsendable row after it.
        ReferralReceived first = QuarkusTransaction.requiringNew().call(() -> {
            ReferralReceived event = notes.write(key, "before the unsendable row", false);
            em.createNativeQuery("""
                    insert into outbox_event (id, aggregate_id, topic, type, source, occurred_at, payload)
                    values (?1, ?2, ?3, 'fi.polku.referral.received.v1', '/polku/referral-service', now(),
                            jsonb_build_object('padding', repeat('x', 1100000)))""")
                    .setParameter(1, tooLarge)
                    .setParameter(2, key)
                    .setParameter(3, Topics.REFERRAL)
                    .executeUpdate();
            return event;
        });

        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        count("select count(*) from outbox_event where id = ?1 and parked_at is not null", tooLarge)
                                == 1);
        assertEquals(1L, published(key), "the row before the unsendable one is done");
        assertEquals(
                1L,
                KafkaTestClient.readAll(Topics.REFERRAL).stream()
                        .filter(r -> r.value().contains(first.referralId().toString()))
                        .count(),
                "and was sent once");
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("delete from outbox_event where id = ?1")
                        .setParameter(1, tooLarge)
                        .executeUpdate());
    }

    @Test
    void housekeepingDeletesPublishedRowsAndClaimsPastTheirRetentionOnly() {
        UUID old = UUID.randomUUID();
        UUID publishedLate = UUID.randomUUID();
        UUID oldClaim = UUID.randomUUID();
        UUID newClaim = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            String insert = """
                    insert into outbox_event (id, aggregate_id, topic, type, source, occurred_at, payload, published_at)
                    values (?1, ?1, 'pathway.referral.v1', 'fi.polku.referral.received.v1', '/test',
                            now() - interval '30 days', '{}', now() - cast(?2 as interval))""";
            em.createNativeQuery(insert)
                    .setParameter(1, old)
                    .setParameter(2, "8 days")
                    .executeUpdate();
            em.createNativeQuery(insert)
                    .setParameter(1, publishedLate)
                    .setParameter(2, "1 day")
                    .executeUpdate();
            String claim = """
                    insert into processed_event (consumer, event_id, event_type, processed_at)
                    values ('housekeeping-test', ?1, 'fi.polku.referral.received.v1', now() - cast(?2 as interval))""";
            em.createNativeQuery(claim)
                    .setParameter(1, oldClaim)
                    .setParameter(2, "15 days")
                    .executeUpdate();
            em.createNativeQuery(claim)
                    .setParameter(1, newClaim)
                    .setParameter(2, "13 days")
                    .executeUpdate();
        });

        Housekeeping.Result result = housekeeping.deleteExpired();

        assertTrue(result.outboxRows() >= 1 && result.claims() >= 1, result.toString());
        assertEquals(0L, count("select count(*) from outbox_event where id = ?1", old));
        assertEquals(1L, count("select count(*) from outbox_event where id = ?1", publishedLate));
        assertEquals(0L, count("select count(*) from processed_event where event_id = ?1", oldClaim));
        assertEquals(1L, count("select count(*) from processed_event where event_id = ?1", newClaim));
    }

    private String currentDatabase() {
        return QuarkusTransaction.requiringNew().call(() ->
                (String) em.createNativeQuery("select current_database()").getSingleResult());
    }

    private long published(UUID key) {
        return count("select count(*) from outbox_event where aggregate_id = ?1 and published_at is not null", key);
    }

    private long count(String sql, Object parameter) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(sql)
                                .setParameter(1, parameter)
                                .getSingleResult())
                        .longValue());
    }
}
