package fi.polku.platform.inbox;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.polku.events.CloudEventHeaders;
import fi.polku.events.EventType;
import fi.polku.events.ReferralReceived;
import fi.polku.events.Topics;
import fi.polku.platform.app.NoteService;
import fi.polku.platform.app.ReferralEventsConsumer;
import fi.polku.platform.testing.KafkaTestClient;
import fi.polku.platform.testing.PolkuTest;
import fi.polku.platform.testing.TestEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@PolkuTest
class IdempotentConsumerTest {

    private static final String GROUP = "platform-test";

    @Inject
    NoteService notes;

    @Inject
    EntityManager em;

    @Inject
    ReferralEventsConsumer consumer;

    @Test
    void aRelayedEventIsHandledOnceEvenWhenDeliveredAgain() {
        ReferralReceived event = notes.write(UUID.randomUUID(), "once", false);
        await().atMost(Duration.ofSeconds(15)).until(() -> consumer.handledCount(event.referralId()) == 1);

        ConsumerRecord<String, String> published = KafkaTestClient.readAll(Topics.REFERRAL).stream()
                .filter(r -> r.key().equals(event.pathwayId().toString()))
                .findFirst()
                .orElseThrow();
        KafkaTestClient.send(Topics.REFERRAL, published.key(), headers(published), published.value());
        KafkaTestClient.send(Topics.REFERRAL, published.key(), headers(published), published.value());

        // A later event on the same partition proves the duplicates were consumed, not just still queued.
        ReferralReceived later = notes.write(event.pathwayId(), "later", false);
        await().atMost(Duration.ofSeconds(15)).until(() -> consumer.handledCount(later.referralId()) == 1);
        assertEquals(1, consumer.handledCount(event.referralId()));
    }

    @Test
    void aRecordThatBreaksTheContractIsDeadLetteredForItsGroupWithWhereAndWhyWhileTheNextIsApplied() {
        UUID pathway = UUID.randomUUID();
        UUID badId = UUID.randomUUID();
        KafkaTestClient.send(
                Topics.REFERRAL,
                pathway.toString(),
                envelope(badId, pathway, "fi.polku.referral.received.v1"),
                "{\"referralId\": \"not-a-uuid\"}");

        ConsumerRecord<String, String> dead = awaitDeadLetter(badId);
        assertEquals(GROUP, KafkaTestClient.header(dead, DeadLetterHeaders.GROUP));
        assertEquals(Topics.REFERRAL, KafkaTestClient.header(dead, DeadLetterHeaders.TOPIC));
        ConsumerRecord<String, String> original = KafkaTestClient.readAll(Topics.REFERRAL).stream()
                .filter(r -> badId.toString().equals(KafkaTestClient.header(r, CloudEventHeaders.ID)))
                .findFirst()
                .orElseThrow();
        assertEquals(Integer.toString(original.partition()), KafkaTestClient.header(dead, DeadLetterHeaders.PARTITION));
        assertEquals(Long.toString(original.offset()), KafkaTestClient.header(dead, DeadLetterHeaders.OFFSET));
        assertTrue(
                KafkaTestClient.header(dead, DeadLetterHeaders.REASON).contains("does not match"),
                KafkaTestClient.header(dead, DeadLetterHeaders.REASON));
        Instant.parse(KafkaTestClient.header(dead, DeadLetterHeaders.TIME));
        assertEquals(original.key(), dead.key());
        assertEquals(original.value(), dead.value());

        ReferralReceived next = notes.write(pathway, "after the poison", false);
        await().atMost(Duration.ofSeconds(15)).until(() -> consumer.handledCount(next.referralId()) == 1);
        assertEquals(0L, claims(badId));
    }

    @Test
    void anotherVersionOfAKnownTypeIsDeadLetteredButATypeNobodyHereKnowsIsSkipped() {
        UUID pathway = UUID.randomUUID();
        UUID newerVersion = UUID.randomUUID();
        UUID foreignType = UUID.randomUUID();
        String data = TestEvents.sample(EventType.REFERRAL_RECEIVED, Map.of("pathwayId", pathway.toString()));
        KafkaTestClient.send(
                Topics.REFERRAL,
                pathway.toString(),
                envelope(newerVersion, pathway, "fi.polku.referral.received.v9"),
                data);
        KafkaTestClient.send(
                Topics.REFERRAL,
                pathway.toString(),
                envelope(foreignType, pathway, "fi.polku.referral.something-new.v1"),
                data);
        ReferralReceived next = notes.write(pathway, "after the unknown ones", false);

        assertTrue(KafkaTestClient.header(awaitDeadLetter(newerVersion), DeadLetterHeaders.REASON)
                .contains("fi.polku.referral.received.v9"));
        await().atMost(Duration.ofSeconds(15)).until(() -> consumer.handledCount(next.referralId()) == 1);
        assertTrue(deadLetters().stream()
                .noneMatch(r -> foreignType.toString().equals(KafkaTestClient.header(r, CloudEventHeaders.ID))));
        assertEquals(0L, claims(foreignType));
    }

    @Test
    void anEventFromAnyoneButTheTopicsProducerOrOfAnotherTopicsTypeIsRefused() {
        UUID pathway = UUID.randomUUID();
        UUID referral = UUID.randomUUID();
        UUID forged = UUID.randomUUID();
        UUID misplaced = UUID.randomUUID();
        String data = TestEvents.sample(
                EventType.REFERRAL_RECEIVED,
                Map.of("pathwayId", pathway.toString(), "referralId", referral.toString()));
        Map<String, String> fromAnAttacker =
                new java.util.HashMap<>(envelope(forged, pathway, EventType.REFERRAL_RECEIVED.name()));
        fromAnAttacker.put(CloudEventHeaders.SOURCE, "/polku/someone-else");
        KafkaTestClient.send(Topics.REFERRAL, pathway.toString(), fromAnAttacker, data);
        UUID client = UUID.randomUUID();
        KafkaTestClient.send(
                Topics.REFERRAL,
                client.toString(),
                envelope(misplaced, client, EventType.CONSENT_GIVEN.name()),
                TestEvents.sample(EventType.CONSENT_GIVEN, Map.of("clientId", client.toString())));
        ReferralReceived next = notes.write(pathway, "after the forgeries", false);

        assertTrue(KafkaTestClient.header(awaitDeadLetter(forged), DeadLetterHeaders.REASON)
                .contains("not from pathway.referral.v1's producer /polku/referral-service"));
        assertTrue(KafkaTestClient.header(awaitDeadLetter(misplaced), DeadLetterHeaders.REASON)
                .contains("does not belong on pathway.referral.v1"));
        await().atMost(Duration.ofSeconds(15)).until(() -> consumer.handledCount(next.referralId()) == 1);
        assertEquals(0, consumer.handledCount(referral), "the forged referral was not applied");
        assertEquals(0L, claims(forged));
    }

    private static ConsumerRecord<String, String> awaitDeadLetter(UUID eventId) {
        return await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> deadLetters().stream()
                                .filter(r -> eventId.toString().equals(KafkaTestClient.header(r, CloudEventHeaders.ID)))
                                .findFirst(),
                        java.util.Optional::isPresent)
                .orElseThrow();
    }

    private static List<ConsumerRecord<String, String>> deadLetters() {
        return KafkaTestClient.readAll(Topics.deadLetter(Topics.REFERRAL, GROUP));
    }

    private static Map<String, String> envelope(UUID id, UUID subject, String type) {
        return Map.of(
                CloudEventHeaders.SPEC_VERSION,
                "1.0",
                CloudEventHeaders.ID,
                id.toString(),
                CloudEventHeaders.TYPE,
                type,
                CloudEventHeaders.SOURCE,
                "/polku/referral-service",
                CloudEventHeaders.SUBJECT,
                subject.toString(),
                CloudEventHeaders.TIME,
                "2026-01-01T00:00:00Z");
    }

    private long claims(UUID eventId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("select count(*) from processed_event where event_id = ?1")
                                .setParameter(1, eventId)
                                .getSingleResult())
                        .longValue());
    }

    private static Map<String, String> headers(ConsumerRecord<String, String> record) {
        Map<String, String> headers = new java.util.HashMap<>();
        record.headers()
                .forEach(h -> headers.put(h.key(), new String(h.value(), java.nio.charset.StandardCharsets.UTF_8)));
        return headers;
    }
}
