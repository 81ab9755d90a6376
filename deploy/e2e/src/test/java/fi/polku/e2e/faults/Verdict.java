package fi.polku.e2e.faults;

import fi.polku.e2e.LocalStack;
import fi.polku.e2e.faults.Ledger.OutboxRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * The suite's judgement of one end state: the figures (requests, events published, consumed, dead-lettered,
 * duplicates, lost) and every check with what broke it. Pure: it only compares what it is given.
 */
final class Verdict {

    /** Everything the checks compare, gathered after the faults. */
    record Evidence(
            List<Load.Request> requests,
            Ledger ledger,
            List<Subscription> subscriptions,
            Map<Subscription, Long> lags,
            Map<String, List<ConsumerRecord<String, String>>> deadLetters,
            List<Poison.Sent> poison,
            List<Poison.FollowUp> followUps,
            Instant poisonAt,
            List<String> faultProblems,
            String settled) {}

    record Check(String name, List<String> problems) {
        boolean passed() {
            return problems.isEmpty();
        }
    }

    private static final String RECEIVED = "fi.polku.referral.received.v1";
    private static final String CONSENT_TOPIC = "client.consent.v1";
    private static final Set<String> PATHWAY_TOPICS =
            Set.of("pathway.referral.v1", "pathway.team.v1", "pathway.health-check.v1");
    private static final List<String> DLQ_HEADERS = List.of(
            "polku-dlq-group",
            "polku-dlq-topic",
            "polku-dlq-partition",
            "polku-dlq-offset",
            "polku-dlq-reason",
            "polku-dlq-time");

    private final Evidence e;
    private final List<String> figures = new ArrayList<>();
    private final List<Check> checks = new ArrayList<>();
    /** Surplus rows or events per place they were found, and missing ones: the duplicates and lost lines. */
    private final Map<String, Integer> duplicates = new LinkedHashMap<>();

    private final Map<String, Integer> lost = new LinkedHashMap<>();

    private Verdict(Evidence evidence) {
        this.e = evidence;
    }

    static Verdict of(Evidence evidence) {
        Verdict v = new Verdict(evidence);
        v.referralsStoredOnce();
        v.consentsStoredOnce();
        v.oneEventPerChange();
        v.outboxesDrained();
        v.intakeHoldsEachReferralOnce();
        v.knownPathwaysCountEachReferralOnce();
        v.indicatorsAgree();
        v.timelineHoldsEachEventOnce();
        v.everyEventClaimed();
        v.groupsCaughtUp();
        v.poisonDeadLettered();
        v.unknownTypesSkipped();
        v.onlyPoisonDeadLettered();
        v.consumptionWentOn();
        v.check("intake resumed after every fault").addAll(evidence.faultProblems());
        if (evidence.settled() != null) {
            v.check("the stack settled (outboxes drained, every group caught up)")
                    .add(evidence.settled());
        } else {
            v.check("the stack settled (outboxes drained, every group caught up)");
        }
        v.summarise();
        return v;
    }

    boolean passed() {
        return checks.stream().allMatch(Check::passed);
    }

    List<Check> failed() {
        return checks.stream().filter(c -> !c.passed()).toList();
    }

    String report() {
        StringBuilder out = new StringBuilder();
        figures.forEach(line -> out.append(line).append('\n'));
        out.append('\n');
        for (Check check : checks) {
            out.append(check.passed() ? "PASS  " : "FAIL  ")
                    .append(check.name())
                    .append('\n');
            check.problems().stream()
                    .limit(12)
                    .forEach(p -> out.append("        ").append(p).append('\n'));
            if (check.problems().size() > 12) {
                out.append("        … and ")
                        .append(check.problems().size() - 12)
                        .append(" more\n");
            }
        }
        out.append('\n')
                .append(
                        passed()
                                ? "Fault suite PASSED"
                                : "Fault suite FAILED: " + failed().size() + " of " + checks.size() + " checks")
                .append('\n');
        return out.toString();
    }

    // --- requests -------------------------------------------------------------------------------------

    private void referralsStoredOnce() {
        List<String> problems = check("every referral answered 2xx is in referral-service exactly once");
        Ledger l = e.ledger();
        Set<String> referralIds =
                l.referrals().stream().map(Ledger.ReferralRow::id).collect(Collectors.toSet());
        for (Load.Request r : accepted(Load.Kind.REFERRAL)) {
            if (r.id() == null || !referralIds.contains(r.id())) {
                problems.add("referral request " + r.tag() + " was answered " + r.status() + " (id " + r.id()
                        + ") but referral-service has no such referral");
                lost.merge("referrals answered 2xx", 1, Integer::sum);
            }
        }
        count(l.referrals().stream()
                        .map(Ledger.ReferralRow::tag)
                        .filter(t -> t.startsWith("fault-"))
                        .toList())
                .forEach((tag, rows) -> {
                    if (rows > 1) {
                        problems.add("referral request " + tag + " left " + rows + " referrals");
                        duplicates.merge("referral rows", (int) (rows - 1), Integer::sum);
                    }
                });
    }

    private void consentsStoredOnce() {
        List<String> problems = check("every consent answered 2xx is in referral-service exactly once");
        Map<String, String> decisions = e.ledger().consentClients();
        for (Load.Request r : accepted(Load.Kind.CONSENT)) {
            if (r.id() == null || !decisions.containsKey(r.id())) {
                problems.add("consent request #" + r.n() + " for client " + r.clientId() + " was answered " + r.status()
                        + " (id " + r.id() + ") but referral-service has no such decision");
                lost.merge("consents answered 2xx", 1, Integer::sum);
            }
        }
        // Decisions carry no request tag: per client, no more of them than requests sent (answered or not).
        Map<String, Long> sent = count(e.requests().stream()
                .filter(r -> r.kind() == Load.Kind.CONSENT)
                .map(r -> r.clientId().toString())
                .toList());
        count(decisions.values().stream().filter(sent::containsKey).toList()).forEach((client, rows) -> {
            if (rows > sent.get(client)) {
                problems.add("client " + client + " has " + rows + " consent decisions from " + sent.get(client)
                        + " requests");
                duplicates.merge("consent rows", (int) (rows - sent.get(client)), Integer::sum);
            }
        });
    }

    // --- the outbox -----------------------------------------------------------------------------------

    private void oneEventPerChange() {
        List<String> problems =
                check("every referral and consent decision has exactly one event in referral-service's outbox");
        Ledger l = e.ledger();
        List<OutboxRow> outbox = l.outbox().get("referral");
        compareOnce(
                problems,
                "referral",
                "received event in the outbox",
                l.referrals().stream().map(Ledger.ReferralRow::id).toList(),
                outbox.stream()
                        .filter(o -> RECEIVED.equals(o.type()))
                        .map(OutboxRow::subjectId)
                        .toList(),
                "outbox events");
        compareOnce(
                problems,
                "consent decision",
                "event in the outbox",
                List.copyOf(l.consentClients().keySet()),
                outbox.stream()
                        .filter(o -> CONSENT_TOPIC.equals(o.topic()))
                        .map(OutboxRow::subjectId)
                        .toList(),
                "outbox events");
    }

    private void outboxesDrained() {
        List<String> problems = check("every outbox is drained: nothing pending, nothing parked");
        e.ledger().outbox().forEach((service, rows) -> {
            long pending =
                    rows.stream().filter(o -> !o.published() && !o.parked()).count();
            long parked = rows.stream().filter(OutboxRow::parked).count();
            if (pending + parked > 0) {
                problems.add(service + "-service: " + pending + " events still pending, " + parked + " parked");
            }
        });
    }

    // --- read models ----------------------------------------------------------------------------------

    private void intakeHoldsEachReferralOnce() {
        compareOnce(
                check("team-service's intake holds each received referral exactly once"),
                "referral",
                "row in team-service's intake",
                referralIds(),
                e.ledger().intake(),
                "team-service intake");
    }

    private void knownPathwaysCountEachReferralOnce() {
        compareCounts(
                check("health-check-service counts each pathway's referrals exactly once"),
                "pathway",
                e.ledger().referralsPerPathway(),
                e.ledger().knownPathways(),
                "health-check-service pathways");
    }

    private void indicatorsAgree() {
        compareCounts(
                check("indicator-service's figures equal referral-service's referrals per Finnish month, source "
                        + "and municipality"),
                "month, source and municipality",
                e.ledger().referralCounts(),
                e.ledger().indicatorCounts(),
                "indicator-service counts");
    }

    private void timelineHoldsEachEventOnce() {
        List<String> events = new ArrayList<>(published(o -> PATHWAY_TOPICS.contains(o.topic())));
        e.followUps().stream().filter(f -> PATHWAY_TOPICS.contains(f.topic())).forEach(f -> events.add(f.id()));
        compareOnce(
                check("referral-service's timeline holds each pathway event exactly once"),
                "pathway event",
                "timeline entry",
                events,
                e.ledger().timeline(),
                "referral-service timeline");
    }

    /** The claims in processed_event: every CloudEvent on a service's topics, however its handler uses it. */
    private void everyEventClaimed() {
        List<String> problems = check("every consumer claimed every event published on its topics (processed_event)");
        for (String service : LocalStack.SERVICES) {
            Set<String> topics = e.subscriptions().stream()
                    .filter(s -> s.service().equals(service))
                    .map(Subscription::topic)
                    .filter(t -> !t.equals(Poison.EMPLOYMENT_REQUESTS))
                    .collect(Collectors.toSet());
            if (topics.isEmpty()) {
                continue;
            }
            Set<String> expected = new HashSet<>(published(o -> topics.contains(o.topic())));
            e.followUps().stream().filter(f -> topics.contains(f.topic())).forEach(f -> expected.add(f.id()));
            Set<String> claimed = e.ledger().claims().get(service).values().stream()
                    .flatMap(List::stream)
                    .collect(Collectors.toSet());
            Set<String> missing = new HashSet<>(expected);
            missing.removeAll(claimed);
            Set<String> foreign = new HashSet<>(claimed);
            foreign.removeAll(expected);
            if (!missing.isEmpty()) {
                problems.add(service + "-service never claimed " + missing.size() + " events of " + topics + ", e.g. "
                        + missing.iterator().next());
            }
            if (!foreign.isEmpty()) {
                problems.add(service + "-service claimed " + foreign.size() + " events no producer published, e.g. "
                        + foreign.iterator().next());
            }
        }
    }

    private void groupsCaughtUp() {
        List<String> problems = check("every consumer group consumed its topic to the end");
        e.lags().forEach((s, lag) -> {
            if (lag != 0) {
                problems.add(s.group() + " has " + lag + " records of " + s.topic() + " left");
            }
        });
    }

    // --- poison ---------------------------------------------------------------------------------------

    private void poisonDeadLettered() {
        List<String> problems =
                check("the poison sits in each consuming group's own dead-letter topic, with its headers");
        for (Subscription s : e.subscriptions()) {
            List<ConsumerRecord<String, String>> letters = e.deadLetters().get(s.deadLetterTopic());
            for (Poison.Sent p : e.poison()) {
                if (!p.topic().equals(s.topic()) || !p.kind().deadLettered) {
                    continue;
                }
                if (letters == null) {
                    boolean inSharedTopic = e.deadLetters().getOrDefault(s.topic() + ".dlq", List.of()).stream()
                            .anyMatch(r -> p.eventId().equals(Bus.header(r, "ce_id")));
                    problems.add(s.deadLetterTopic() + " does not exist, so " + s.group() + " could not dead-letter "
                            + p.kind().description
                            + (inSharedTopic
                                    ? " (it is in the old shared " + s.topic()
                                            + ".dlq instead: the per-group dead-letter contract has not landed)"
                                    : ""));
                    continue;
                }
                List<ConsumerRecord<String, String>> found = letters.stream()
                        .filter(r -> p.eventId().equals(Bus.header(r, "ce_id")))
                        .toList();
                if (found.isEmpty()) {
                    problems.add(s.group() + " did not dead-letter " + p.kind().description + " from " + s.topic()
                            + " (ce_id " + p.eventId() + ") to " + s.deadLetterTopic());
                } else {
                    problems.addAll(wrongDeadLetter(found.getFirst(), s, p));
                }
            }
        }
    }

    private static List<String> wrongDeadLetter(ConsumerRecord<String, String> letter, Subscription s, Poison.Sent p) {
        List<String> problems = new ArrayList<>();
        String where = "dead letter of " + p.kind().description + " in " + s.deadLetterTopic();
        for (String name : DLQ_HEADERS) {
            String value = Bus.header(letter, name);
            if (value == null || value.isBlank()) {
                problems.add(where + " lacks header " + name);
            }
        }
        String group = Bus.header(letter, "polku-dlq-group");
        if (group != null && !s.group().equals(group)) {
            problems.add(where + " names group " + group);
        }
        String topic = Bus.header(letter, "polku-dlq-topic");
        if (topic != null && !s.topic().equals(topic)) {
            problems.add(where + " names topic " + topic);
        }
        if (!p.key().equals(letter.key()) || !p.value().equals(letter.value())) {
            problems.add(where + " does not carry the original key and value");
        }
        return problems;
    }

    private void unknownTypesSkipped() {
        List<String> problems = check("an event of a type unknown to the contract is skipped, not dead-lettered");
        for (Poison.Sent p : e.poison()) {
            if (!p.kind().deadLettered) {
                e.deadLetters()
                        .forEach((topic, letters) -> letters.stream()
                                .filter(r -> p.eventId().equals(Bus.header(r, "ce_id")))
                                .forEach(r -> problems.add(p.kind().description + " on " + p.topic()
                                        + " was dead-lettered to " + topic + " instead of skipped")));
            }
        }
    }

    /** After a PostgreSQL restart or a crash, consumers retry: nothing real may end up dead-lettered. */
    private void onlyPoisonDeadLettered() {
        List<String> problems = check("nothing but the poison was dead-lettered");
        Set<String> poisonIds = e.poison().stream().map(Poison.Sent::eventId).collect(Collectors.toSet());
        e.deadLetters()
                .forEach((topic, letters) -> letters.stream()
                        .filter(r -> !poisonIds.contains(Bus.header(r, "ce_id")))
                        .forEach(r -> problems.add(topic + ": " + Bus.header(r, "ce_type") + " "
                                + Bus.header(r, "ce_id") + " (reason: " + Bus.header(r, "polku-dlq-reason") + ")")));
    }

    private void consumptionWentOn() {
        Ledger l = e.ledger();
        List<Load.Request> after = accepted(Load.Kind.REFERRAL).stream()
                .filter(r -> r.sentAt().isAfter(e.poisonAt()))
                .toList();
        List<String> problems = check("consumption went on after the poison (" + after.size() + " referrals and "
                + e.followUps().size() + " follow-up records after it)");
        Set<String> timeline = new HashSet<>(l.timeline());
        for (Poison.FollowUp f : e.followUps()) {
            boolean applied = f.topic().equals(Poison.EMPLOYMENT_REQUESTS)
                    ? l.employmentReferences().contains(f.id())
                    : timeline.contains(f.id());
            if (!applied) {
                problems.add(
                        "the valid record sent after the poison on " + f.topic() + " (" + f.id() + ") was not applied");
            }
        }
        if (after.isEmpty()) {
            problems.add("no referral was accepted after the poison");
        }
        Set<String> intake = new HashSet<>(l.intake());
        Map<String, String> pathwayOf =
                l.referrals().stream().collect(Collectors.toMap(Ledger.ReferralRow::id, Ledger.ReferralRow::pathwayId));
        for (Load.Request r : after) {
            String pathway = pathwayOf.get(r.id());
            if (!intake.contains(r.id())
                    || pathway == null
                    || !l.knownPathways().containsKey(pathway)) {
                problems.add("referral " + r.id() + ", accepted after the poison, did not reach every read model");
            }
        }
        if (accepted(Load.Kind.CONSENT).stream().noneMatch(r -> r.sentAt().isAfter(e.poisonAt()))) {
            problems.add("no consent was accepted after the poison");
        }
    }

    // --- figures --------------------------------------------------------------------------------------

    private void summarise() {
        for (Load.Kind kind : Load.Kind.values()) {
            List<Load.Request> all =
                    e.requests().stream().filter(r -> r.kind() == kind).toList();
            Map<String, Long> others = new TreeMap<>(count(all.stream()
                    .filter(r -> !r.accepted())
                    .map(r -> r.status() == 0 ? "no answer" : String.valueOf(r.status()))
                    .toList()));
            figures.add(String.format(
                    "%-15s %-9s sent %d, accepted (2xx) %d, refused or unanswered %d %s",
                    "requests",
                    kind.name().toLowerCase() + "s",
                    all.size(),
                    all.stream().filter(Load.Request::accepted).count(),
                    all.size() - all.stream().filter(Load.Request::accepted).count(),
                    others.isEmpty() ? "" : others));
        }
        // Not a failure: a request cut off by a crash may have committed before its answer was lost.
        Set<String> unanswered = e.requests().stream()
                .filter(r -> r.kind() == Load.Kind.REFERRAL && !r.accepted())
                .map(Load.Request::tag)
                .collect(Collectors.toSet());
        figures.add(String.format(
                "%-15s %d referrals stored although their request got no 2xx answer",
                "",
                e.ledger().referrals().stream()
                        .filter(r -> unanswered.contains(r.tag()))
                        .count()));
        e.ledger().outbox().forEach((service, rows) -> {
            Map<String, Long> byTopic = new TreeMap<>(count(rows.stream()
                    .filter(OutboxRow::published)
                    .map(OutboxRow::topic)
                    .toList()));
            figures.add(String.format(
                    "%-15s %-22s %s (pending %d, parked %d)",
                    "published",
                    service + "-service",
                    byTopic.isEmpty() ? "nothing" : byTopic,
                    rows.stream().filter(o -> !o.published() && !o.parked()).count(),
                    rows.stream().filter(OutboxRow::parked).count()));
        });
        e.ledger()
                .claims()
                .forEach((service, byConsumer) -> figures.add(String.format(
                        "%-15s %-22s %s",
                        "consumed",
                        service + "-service",
                        byConsumer.isEmpty()
                                ? "nothing"
                                : byConsumer.entrySet().stream()
                                        .map(c ->
                                                c.getKey() + " " + c.getValue().size() + " events")
                                        .collect(Collectors.joining(", ")))));
        e.lags()
                .forEach((s, lag) -> figures.add(
                        String.format("%-15s %-38s lag %d on %s", "consumer group", s.group(), lag, s.topic())));
        Set<String> poisonIds = e.poison().stream().map(Poison.Sent::eventId).collect(Collectors.toSet());
        e.deadLetters().forEach((topic, letters) -> {
            long poison = letters.stream()
                    .filter(r -> poisonIds.contains(Bus.header(r, "ce_id")))
                    .count();
            figures.add(String.format(
                    "%-15s %-55s %d (%d of them the suite's poison)", "dead-lettered", topic, letters.size(), poison));
        });
        figures.add(
                String.format("%-15s %d %s", "duplicates", sum(duplicates), duplicates.isEmpty() ? "" : duplicates));
        figures.add(String.format("%-15s %d %s", "lost", sum(lost), lost.isEmpty() ? "" : lost));
    }

    // --- helpers --------------------------------------------------------------------------------------

    /** Registers a check; the caller adds what breaks it to the list returned. */
    private List<String> check(String name) {
        Check check = new Check(name, new ArrayList<>());
        checks.add(check);
        return check.problems();
    }

    private List<String> referralIds() {
        return e.ledger().referrals().stream().map(Ledger.ReferralRow::id).toList();
    }

    private List<Load.Request> accepted(Load.Kind kind) {
        return e.requests().stream()
                .filter(r -> r.kind() == kind && r.accepted())
                .toList();
    }

    private List<String> published(Predicate<OutboxRow> which) {
        return e.ledger().outbox().values().stream()
                .flatMap(List::stream)
                .filter(o -> o.published() && which.test(o))
                .map(OutboxRow::id)
                .toList();
    }

    /** Each of {@code expected} must appear exactly once in {@code found}, and nothing else. */
    private void compareOnce(
            List<String> problems,
            String what,
            String as,
            Collection<String> expected,
            Collection<String> found,
            String place) {
        Map<String, Long> counts = count(found);
        for (String id : new HashSet<>(expected)) {
            long n = counts.getOrDefault(id, 0L);
            if (n == 0) {
                problems.add(what + " " + id + " has no " + as);
                lost.merge(place, 1, Integer::sum);
            } else if (n > 1) {
                problems.add(what + " " + id + " has " + n + " of them (" + as + ")");
                duplicates.merge(place, (int) (n - 1), Integer::sum);
            }
        }
        Set<String> known = new HashSet<>(expected);
        counts.keySet().stream()
                .filter(id -> !known.contains(id))
                .forEach(id -> problems.add(as + " " + id + " matches no " + what));
    }

    /** Per key, {@code found} must equal {@code expected}; surplus counts as duplicates, shortfall as lost. */
    private void compareCounts(
            List<String> problems, String key, Map<String, Long> expected, Map<String, Long> found, String place) {
        Set<String> keys = new HashSet<>(expected.keySet());
        keys.addAll(found.keySet());
        for (String k : new TreeSet<>(keys)) {
            long want = expected.getOrDefault(k, 0L);
            long got = found.getOrDefault(k, 0L);
            if (want != got) {
                problems.add(key + " " + k + ": referral-service says " + want + ", " + place + " say " + got);
                (got > want ? duplicates : lost).merge(place, (int) Math.abs(got - want), Integer::sum);
            }
        }
    }

    private static Map<String, Long> count(Collection<String> values) {
        Map<String, Long> counts = new HashMap<>();
        values.forEach(v -> counts.merge(v, 1L, Long::sum));
        return counts;
    }

    private static int sum(Map<String, Integer> tally) {
        return tally.values().stream().mapToInt(Integer::intValue).sum();
    }
}
