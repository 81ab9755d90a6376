package fi.polku.platform.inbox;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.polku.events.CloudEventHeaders;
import fi.polku.events.EventType;
import fi.polku.events.Topics;
import fi.polku.platform.app.ReferralBatchConsumer;
import fi.polku.platform.testing.KafkaTestClient;
import fi.polku.platform.testing.PolkuTest;
import fi.polku.platform.testing.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

/** A consumer group that takes a poll's worth of records per transaction (channel {@code referral-batches}). */
@QuarkusTest
@PolkuTest
class BatchConsumptionTest {

    private static final String GROUP = "platform-test-batch";

    @Inject
    ReferralBatchConsumer batches;

    @Test
    void aBatchKeepsItsOrderAppliesADuplicateOnceAndDeadLettersItsPoisonAlone() {
        UUID pathway = UUID.randomUUID();
        List<UUID> referrals = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        List<ProducerRecord<String, String>> burst = new ArrayList<>();
        List<UUID> eventIds = new ArrayList<>();
        for (UUID referral : referrals) {
            eventIds.add(UUID.randomUUID());
        }
        UUID poison = UUID.randomUUID();
        burst.add(event(eventIds.get(0), pathway, referrals.get(0)));
        burst.add(event(eventIds.get(1), pathway, referrals.get(1)));
        burst.add(record(poison, pathway, "{\"referralId\": \"not-a-uuid\"}"));
        burst.add(event(eventIds.get(2), pathway, referrals.get(2)));
        burst.add(event(eventIds.get(0), pathway, referrals.get(0)));
        burst.add(event(eventIds.get(3), pathway, referrals.get(3)));
        KafkaTestClient.sendAll(burst);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> batches.handled(pathway).size() == referrals.size());
        List<Object[]> handled = batches.handled(pathway);
        assertEquals(referrals, handled.stream().map(row -> (UUID) row[0]).toList(), "handled in the topic's order");
        assertTrue(handled.stream().allMatch(row -> ((Number) row[1]).intValue() == 1), "each handled once");

        List<ConsumerRecord<String, String>> dead = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> KafkaTestClient.readAll(Topics.deadLetter(Topics.REFERRAL, GROUP)).stream()
                                .filter(r -> r.key().equals(pathway.toString()))
                                .toList(),
                        list -> !list.isEmpty());
        assertEquals(
                List.of(poison.toString()),
                dead.stream()
                        .map(r -> KafkaTestClient.header(r, CloudEventHeaders.ID))
                        .toList(),
                "the poison alone");
        assertEquals(GROUP, KafkaTestClient.header(dead.getFirst(), DeadLetterHeaders.GROUP));
    }

    private static ProducerRecord<String, String> event(UUID id, UUID pathway, UUID referral) {
        return record(
                id,
                pathway,
                TestEvents.sample(
                        EventType.REFERRAL_RECEIVED,
                        Map.of("referralId", referral.toString(), "pathwayId", pathway.toString())));
    }

    private static ProducerRecord<String, String> record(UUID id, UUID pathway, String value) {
        RecordHeaders headers = new RecordHeaders();
        Map.of(
                        CloudEventHeaders.SPEC_VERSION,
                        "1.0",
                        CloudEventHeaders.ID,
                        id.toString(),
                        CloudEventHeaders.TYPE,
                        EventType.REFERRAL_RECEIVED.name(),
                        CloudEventHeaders.SOURCE,
                        "/polku/referral-service",
                        CloudEventHeaders.SUBJECT,
                        pathway.toString(),
                        CloudEventHeaders.TIME,
                        "2026-03-02T08:15:30Z")
                .forEach((name, v) -> headers.add(name, v.getBytes(StandardCharsets.UTF_8)));
        return new ProducerRecord<>(Topics.REFERRAL, null, pathway.toString(), value, headers);
    }
}
