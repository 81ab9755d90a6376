package fi.polku.platform.inbox;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.polku.events.CloudEventHeaders;
import fi.polku.events.EventType;
import fi.polku.events.ReferralReceived;
import fi.polku.events.Topics;
import fi.polku.platform.app.NoteService;
import fi.polku.platform.app.ReferralEventsConsumer;
import fi.polku.platform.testing.KafkaBroker;
import fi.polku.platform.testing.KafkaTestClient;
import fi.polku.platform.testing.Management;
import fi.polku.platform.testing.PolkuTest;
import fi.polku.platform.testing.PostgresDatabase;
import fi.polku.platform.testing.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@PolkuTest
class RecordProcessorTest {

    private static final String GROUP = "platform-test";

    @Inject
    NoteService notes;

    @Inject
    ReferralEventsConsumer consumer;

    /** The referrals a test published while the consumer could not apply them, and their event ids. */
    private final List<UUID> waiting = new ArrayList<>();

    private final List<UUID> waitingEvents = new ArrayList<>();

    @Test
    void aConsumerWaitsOutADatabaseOutageWithReadinessDownThenAppliesEverythingAndDeadLettersNothing()
            throws Exception {
        try (AutoCloseable outage = PostgresDatabase.outage()) {
            publishWhileStuck(5);
        }
        appliesWhatWaitedAndDeadLettersNone();
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> Management.request()
                        .get("/q/health/ready")
                        .then()
                        .body("checks.findAll { it.name == 'Event consumers' }.status", hasItem("UP")));
    }

    @Test
    void aDatabaseThatRefusesConnectionsForLongerThanTheUnclassifiedLimitIsWaitedOutNotDeadLettered() throws Exception {
        try (AutoCloseable restore = PostgresDatabase.refusingConnections()) {
            waitsOutAFaultLongerThanTheUnclassifiedLimit();
        }
        appliesWhatWaitedAndDeadLettersNone();
    }

    @Test
    void aCredentialRefusedForAWhileIsWaitedOutNotDeadLettered() throws Exception {
        try (AutoCloseable restore = PostgresDatabase.rejectingTheCredential()) {
            waitsOutAFaultLongerThanTheUnclassifiedLimit();
        }
        appliesWhatWaitedAndDeadLettersNone();
    }

    /** Publishes events and sees the consumer stuck on them, readiness down, past polku.consumer.unclassified-retry-for. */
    private void waitsOutAFaultLongerThanTheUnclassifiedLimit() {
        publishWhileStuck(3);
        // Twice the 3 s the test configuration gives an unclassified failure: a misclassified fault would be gone.
        await().pollDelay(Duration.ofSeconds(6))
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(
                        () -> Management.request().get("/q/health/ready").then().statusCode(503));
    }

    /** Publishes {@code count} referrals of one pathway while the database is away, and sees readiness go DOWN. */
    private void publishWhileStuck(int count) {
        UUID pathway = UUID.randomUUID();
        for (int i = 0; i < count; i++) {
            UUID referral = UUID.randomUUID();
            waiting.add(referral);
            waitingEvents.add(TestEvents.publish(
                    EventType.REFERRAL_RECEIVED,
                    UUID.randomUUID(),
                    pathway,
                    "2026-03-02T08:15:30Z",
                    TestEvents.sample(
                            EventType.REFERRAL_RECEIVED,
                            Map.of("referralId", referral.toString(), "pathwayId", pathway.toString()))));
        }
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> Management.request()
                        .get("/q/health/ready")
                        .then()
                        .statusCode(503)
                        .body("checks.findAll { it.name == 'Event consumers' }.status", hasItem("DOWN")));
    }

    private void appliesWhatWaitedAndDeadLettersNone() {
        await().atMost(Duration.ofSeconds(60))
                .until(() -> waiting.stream().allMatch(r -> consumer.handledCount(r) == 1));
        assertTrue(
                deadLetters().stream()
                        .noneMatch(r -> waitingEvents.contains(
                                UUID.fromString(KafkaTestClient.header(r, CloudEventHeaders.ID)))),
                "a valid event was dead-lettered");
    }

    @Test
    void aDeadLetterIsReplayedToItsGroupAloneAfterTheFix() {
        UUID pathway = UUID.randomUUID();
        ReferralEventsConsumer.refuse = true;
        ReferralReceived refused = notes.write(pathway, ReferralEventsConsumer.REFUSED_AREA, false);
        ConsumerRecord<String, String> dead = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> deadLetters().stream()
                                .filter(r ->
                                        r.value().contains(refused.referralId().toString()))
                                .findFirst(),
                        java.util.Optional::isPresent)
                .orElseThrow();
        String deadLetterAt = dead.topic() + "-" + dead.partition() + "@" + dead.offset() + " ";
        assertEquals(0, consumer.handledCount(refused.referralId()));

        ReferralEventsConsumer.refuse = false;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        // As the operator's replay signs in: the dead-letter-replay KafkaUser's ACLs are enough.
        DeadLetterReplay replay = new DeadLetterReplay(
                KafkaBroker.clientConfig("dead-letter-replay"),
                GROUP,
                Topics.REFERRAL,
                new PrintStream(printed, true, StandardCharsets.UTF_8));
        assertTrue(replay.replay() >= 1);
        assertTrue(printed.toString(StandardCharsets.UTF_8).contains(deadLetterAt), printed::toString);

        await().atMost(Duration.ofSeconds(20)).until(() -> consumer.handledCount(refused.referralId()) == 1);
        printed.reset();
        replay.replay();
        assertTrue(
                !printed.toString(StandardCharsets.UTF_8).contains(deadLetterAt),
                "a second run replays only what was dead-lettered since");
    }

    @Test
    void aReplayForAnotherGroupIsSkipped() {
        UUID pathway = UUID.randomUUID();
        ReferralReceived first = notes.write(pathway, "original", false);
        await().atMost(Duration.ofSeconds(15)).until(() -> consumer.handledCount(first.referralId()) == 1);
        UUID otherGroupsReferral = UUID.randomUUID();
        Map<String, String> headers = new HashMap<>(Map.of(
                CloudEventHeaders.SPEC_VERSION,
                "1.0",
                CloudEventHeaders.ID,
                UUID.randomUUID().toString(),
                CloudEventHeaders.TYPE,
                EventType.REFERRAL_RECEIVED.name(),
                CloudEventHeaders.SOURCE,
                "/polku/referral-service",
                CloudEventHeaders.SUBJECT,
                pathway.toString(),
                CloudEventHeaders.TIME,
                "2026-01-01T00:00:00Z"));
        headers.put(DeadLetterHeaders.REPLAY_FOR, "some-other-group");
        KafkaTestClient.send(
                Topics.REFERRAL,
                pathway.toString(),
                headers,
                TestEvents.sample(
                        EventType.REFERRAL_RECEIVED,
                        Map.of("referralId", otherGroupsReferral.toString(), "pathwayId", pathway.toString())));

        // A later record of the same key (so the same partition) shows the replayed one was passed, not queued.
        ReferralReceived later = notes.write(pathway, "later", false);
        await().atMost(Duration.ofSeconds(15)).until(() -> consumer.handledCount(later.referralId()) == 1);
        assertEquals(0, consumer.handledCount(otherGroupsReferral));
    }

    private static List<ConsumerRecord<String, String>> deadLetters() {
        return KafkaTestClient.readAll(Topics.deadLetter(Topics.REFERRAL, GROUP));
    }
}
