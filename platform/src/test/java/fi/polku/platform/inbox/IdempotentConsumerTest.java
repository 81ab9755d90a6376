package fi.polku.platform.inbox;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.polku.events.CloudEventHeaders;
import fi.polku.events.ReferralReceived;
import fi.polku.events.Topics;
import fi.polku.platform.app.NoteService;
import fi.polku.platform.testing.KafkaTestClient;
import fi.polku.platform.testing.PolkuTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@PolkuTest
class IdempotentConsumerTest {

    @Inject
    NoteService notes;
    @Inject
    EntityManager em;

    @Test
    void aRelayedEventIsHandledOnceEvenWhenDeliveredAgain() {
        ReferralReceived event = notes.write(UUID.randomUUID(), "once", false);
        await().atMost(Duration.ofSeconds(15)).until(() -> handledCount(event.referralId()) == 1);

        ConsumerRecord<String, String> published = KafkaTestClient.readAll(Topics.REFERRAL).stream()
                .filter(r -> r.key().equals(event.pathwayId().toString())).findFirst().orElseThrow();
        KafkaTestClient.send(Topics.REFERRAL, published.key(), headers(published), published.value());
        KafkaTestClient.send(Topics.REFERRAL, published.key(), headers(published), published.value());

        // A later event on the same partition proves the duplicates were consumed, not just still queued.
        ReferralReceived later = notes.write(event.pathwayId(), "later", false);
        await().atMost(Duration.ofSeconds(15)).until(() -> handledCount(later.referralId()) == 1);
        assertEquals(1, handledCount(event.referralId()));
    }

    @Test
    void aRecordThatBreaksTheContractGoesToTheDeadLetterTopicAndConsumptionGoesOn() {
        UUID pathway = UUID.randomUUID();
        UUID badId = UUID.randomUUID();
        KafkaTestClient.send(Topics.REFERRAL, pathway.toString(), Map.of(
                CloudEventHeaders.SPEC_VERSION, "1.0",
                CloudEventHeaders.ID, badId.toString(),
                CloudEventHeaders.TYPE, "fi.polku.referral.received.v1",
                CloudEventHeaders.SOURCE, "/test",
                CloudEventHeaders.SUBJECT, pathway.toString(),
                CloudEventHeaders.TIME, "2026-01-01T00:00:00Z"), "{\"referralId\": \"not-a-uuid\"}");

        await().atMost(Duration.ofSeconds(20)).until(() -> KafkaTestClient.readAll(Topics.deadLetter(Topics.REFERRAL))
                .stream().anyMatch(r -> badId.toString().equals(KafkaTestClient.header(r, CloudEventHeaders.ID))));
        ConsumerRecord<String, String> dead = KafkaTestClient.readAll(Topics.deadLetter(Topics.REFERRAL)).stream()
                .filter(r -> badId.toString().equals(KafkaTestClient.header(r, CloudEventHeaders.ID))).findFirst()
                .orElseThrow();
        String reason = KafkaTestClient.header(dead, "dead-letter-reason");
        assertEquals(true, reason != null && reason.contains("does not match"), "reason: " + reason);

        ReferralReceived next = notes.write(pathway, "after the poison", false);
        await().atMost(Duration.ofSeconds(15)).until(() -> handledCount(next.referralId()) == 1);
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from processed_event where event_id = ?1").setParameter(1, badId).getSingleResult())
                .longValue()));
    }

    private int handledCount(UUID referralId) {
        List<?> counts = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select handled_count from received_referral where referral_id = ?1")
                .setParameter(1, referralId).getResultList());
        return counts.isEmpty() ? 0 : ((Number) counts.getFirst()).intValue();
    }

    private static Map<String, String> headers(ConsumerRecord<String, String> record) {
        Map<String, String> headers = new java.util.HashMap<>();
        record.headers().forEach(h -> headers.put(h.key(), new String(h.value(), java.nio.charset.StandardCharsets.UTF_8)));
        return headers;
    }
}
