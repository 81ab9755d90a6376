package fi.polku.platform.outbox;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.polku.events.AgeGroup;
import fi.polku.events.CloudEventHeaders;
import fi.polku.events.ReferralReceived;
import fi.polku.events.ReferralSource;
import fi.polku.events.Topics;
import fi.polku.platform.app.NoteService;
import fi.polku.platform.testing.KafkaTestClient;
import fi.polku.platform.testing.PolkuTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.narayana.jta.QuarkusTransaction;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

    @Test
    void appendWritesTheExactOutboxRow() throws Exception {
        UUID pathway = UUID.randomUUID();
        ReferralReceived event = notes.write(pathway, "row check", false);

        Object[] row = (Object[]) QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                select cast(aggregate_id as text), topic, type, source, cast(payload as text), attempts
                from outbox_event where aggregate_id = ?1""")
                .setParameter(1, pathway).getSingleResult());

        assertEquals(pathway.toString(), row[0]);
        assertEquals(Topics.REFERRAL, row[1]);
        assertEquals("fi.polku.referral.received.v1", row[2]);
        assertEquals("/polku/platform-test", row[3]);
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
        ReferralReceived event = new ReferralReceived(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                AgeGroup.AGE_15_24, ReferralSource.SELF, null, null, Instant.now());
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
            writtenOrder.computeIfAbsent(pathway, p -> new ArrayList<>()).add(notes.write(pathway, "bulk", false).referralId());
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

        await().atMost(Duration.ofSeconds(30)).until(() -> count(
                "select count(*) from outbox_event where published_at is null and aggregate_id = any(?1)",
                pathways.toArray(UUID[]::new)) == 0);

        List<ConsumerRecord<String, String>> records = KafkaTestClient.readAll(Topics.REFERRAL).stream()
                .filter(r -> pathways.contains(UUID.fromString(r.key()))).toList();
        assertEquals(400, records.size());
        assertEquals(400, records.stream().map(r -> KafkaTestClient.header(r, CloudEventHeaders.ID)).distinct().count());

        Map<UUID, List<UUID>> publishedOrder = new HashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            UUID pathway = UUID.fromString(record.key());
            assertEquals("1.0", KafkaTestClient.header(record, CloudEventHeaders.SPEC_VERSION));
            assertEquals("fi.polku.referral.received.v1", KafkaTestClient.header(record, CloudEventHeaders.TYPE));
            assertEquals("/polku/platform-test", KafkaTestClient.header(record, CloudEventHeaders.SOURCE));
            assertEquals(record.key(), KafkaTestClient.header(record, CloudEventHeaders.SUBJECT));
            assertEquals("application/json", KafkaTestClient.header(record, CloudEventHeaders.CONTENT_TYPE));
            Instant.parse(KafkaTestClient.header(record, CloudEventHeaders.TIME));
            ReferralReceived payload = json.readValue(record.value(), ReferralReceived.class);
            assertEquals(pathway, payload.pathwayId());
            publishedOrder.computeIfAbsent(pathway, p -> new ArrayList<>()).add(payload.referralId());
        }
        // Records of one key share a partition; readAll returns each partition in offset order.
        assertEquals(writtenOrder, publishedOrder);
        assertTrue(records.stream().collect(Collectors.groupingBy(ConsumerRecord::key,
                Collectors.mapping(ConsumerRecord::partition, Collectors.toSet()))).values().stream()
                .allMatch(partitions -> partitions.size() == 1));
    }

    private long count(String sql, Object parameter) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql)
                .setParameter(1, parameter).getSingleResult()).longValue());
    }
}
