package fi.polku.e2e.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.polku.e2e.faults.Ledger.OutboxRow;
import fi.polku.e2e.faults.Ledger.ReferralRow;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The fault suite's checks must be able to fail: a suite that passes whatever happened proves nothing. Runs
 * in the default build (milliseconds, no stack); the suite itself runs only in deploy/faults.
 */
class VerdictTest {

    private static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");
    private static final Subscription TEAM =
            new Subscription("team", "referral-events", "pathway.referral.v1", "team-service");
    private static final Subscription INDICATOR =
            new Subscription("indicator", "fact-referral-events", "pathway.referral.v1", "indicator-service-facts");

    private final String r1 = id(), r2 = id(), p1 = id(), p2 = id(), c1 = id(), client = id();
    private final String e1 = id(), e2 = id(), e3 = id();
    private final Poison.Sent badData = new Poison.Sent("pathway.referral.v1", id(), id(), "{}", Poison.Kind.BAD_DATA);
    private final Poison.Sent unknownType =
            new Poison.Sent("pathway.referral.v1", id(), id(), "{}", Poison.Kind.UNKNOWN_TYPE);

    private final List<Load.Request> requests = new ArrayList<>(List.of(
            new Load.Request(0, Load.Kind.REFERRAL, "fault-x-0", UUID.fromString(client), T0, 201, r1, null),
            new Load.Request(1, Load.Kind.CONSENT, "", UUID.fromString(client), T0.plusSeconds(60), 201, c1, null),
            new Load.Request(
                    2, Load.Kind.REFERRAL, "fault-x-2", UUID.fromString(client), T0.plusSeconds(60), 201, r2, null),
            new Load.Request(3, Load.Kind.CONSENT, "", UUID.fromString(client), T0.plusSeconds(60), 0, null, "reset")));
    private final List<ReferralRow> referrals = new ArrayList<>(List.of(
            new ReferralRow(r1, p1, "fault-x-0", "KELA", "2026-11", "564"),
            new ReferralRow(r2, p2, "fault-x-2", "SELF", "2026-11", "")));
    private final List<String> intake = new ArrayList<>(List.of(r1, r2));
    private final Map<String, Long> indicatorCounts =
            new TreeMap<>(Map.of("2026-11 KELA 564", 1L, "2026-11 SELF ", 1L));
    private final Map<String, List<ConsumerRecord<String, String>>> deadLetters = new TreeMap<>(Map.of(
            TEAM.deadLetterTopic(), new ArrayList<>(List.of(deadLetter(TEAM, badData))),
            INDICATOR.deadLetterTopic(), new ArrayList<>(List.of(deadLetter(INDICATOR, badData)))));

    private Verdict verdict() {
        List<String> referralTopic = List.of(e1, e2);
        Ledger ledger = new Ledger(
                Map.of(
                        "referral",
                        List.of(
                                new OutboxRow(
                                        e1, "pathway.referral.v1", "fi.polku.referral.received.v1", true, false, r1),
                                new OutboxRow(
                                        e2, "pathway.referral.v1", "fi.polku.referral.received.v1", true, false, r2),
                                new OutboxRow(e3, "client.consent.v1", "fi.polku.consent.given.v1", true, false, c1)),
                        "team",
                        List.of(),
                        "health-check",
                        List.of(),
                        "indicator",
                        List.of()),
                Map.of(
                        "referral",
                        Map.of("referral-service-timeline", referralTopic),
                        "team",
                        Map.of("team-service", referralTopic),
                        "health-check",
                        Map.of(),
                        "indicator",
                        Map.of("indicator-service", referralTopic)),
                referrals,
                Map.of(c1, client),
                List.of(),
                intake,
                new HashMap<>(Map.of(p1, 1L, p2, 1L)),
                indicatorCounts,
                referralTopic);
        Map<Subscription, Long> lags = new LinkedHashMap<>();
        lags.put(TEAM, 0L);
        lags.put(INDICATOR, 0L);
        return Verdict.of(new Verdict.Evidence(
                requests,
                ledger,
                List.of(TEAM, INDICATOR),
                lags,
                deadLetters,
                List.of(badData, unknownType),
                List.of(),
                T0.plusSeconds(30),
                List.of(),
                null));
    }

    @Test
    void anEndStateWhereEverythingAddsUpPasses() {
        Verdict verdict = verdict();
        assertTrue(verdict.passed(), verdict::report);
        assertTrue(verdict.report().contains("duplicates      0"), verdict::report);
    }

    @Test
    void aReferralCountedTwiceIsADuplicate() {
        indicatorCounts.put("2026-11 KELA 564", 2L);
        assertFailed(verdict(), "indicator-service's figures equal");
        assertTrue(verdict().report().contains("duplicates      1"), verdict()::report);
    }

    @Test
    void aReferralMissingFromAReadModelIsLost() {
        intake.remove(r2);
        assertFailed(verdict(), "team-service's intake holds each received referral exactly once");
        assertTrue(verdict().report().contains("lost            1"), verdict()::report);
    }

    @Test
    void anAcceptedRequestWithoutItsRowIsLost() {
        referrals.removeIf(r -> r.id().equals(r1));
        assertFailed(verdict(), "every referral answered 2xx is in referral-service exactly once");
    }

    @Test
    void poisonInTheSharedDeadLetterTopicIsNotEnough() {
        deadLetters.remove(INDICATOR.deadLetterTopic());
        deadLetters.put("pathway.referral.v1.dlq", List.of(deadLetter(INDICATOR, badData)));
        Verdict verdict = verdict();
        assertFailed(verdict, "the poison sits in each consuming group's own dead-letter topic");
        assertTrue(verdict.report().contains("the per-group dead-letter contract has not landed"), verdict::report);
    }

    @Test
    void aRealEventDeadLetteredIsAFailureAndSoIsASkippableOne() {
        deadLetters
                .get(TEAM.deadLetterTopic())
                .add(deadLetter(TEAM, new Poison.Sent("pathway.referral.v1", e2, p2, "{}", Poison.Kind.BAD_DATA)));
        deadLetters.get(TEAM.deadLetterTopic()).add(deadLetter(TEAM, unknownType));
        Verdict verdict = verdict();
        assertFailed(verdict, "nothing but the poison was dead-lettered");
        assertFailed(verdict, "an event of a type unknown to the contract is skipped");
    }

    private static void assertFailed(Verdict verdict, String check) {
        assertEquals(
                1,
                verdict.failed().stream()
                        .filter(c -> c.name().startsWith(check))
                        .count(),
                verdict::report);
    }

    private static ConsumerRecord<String, String> deadLetter(Subscription s, Poison.Sent p) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>(s.deadLetterTopic(), 0, 0, p.key(), p.value());
        Map<String, String> headers = Map.of(
                "ce_id",
                p.eventId(),
                "polku-dlq-group",
                s.group(),
                "polku-dlq-topic",
                s.topic(),
                "polku-dlq-partition",
                "0",
                "polku-dlq-offset",
                "7",
                "polku-dlq-reason",
                "data does not match",
                "polku-dlq-time",
                T0.toString());
        headers.forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }
}
