package fi.polku.e2e.faults;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.polku.e2e.LocalStack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;

/**
 * The fault suite ({@code deploy/faults}; not part of {@code deploy/test}, excluded from the default build and
 * run by the {@code faults} profile). While referrals and consents are posted at a steady rate it crashes the
 * broker, crashes each service, restarts PostgreSQL, makes the consuming services' databases refuse connections and
 * then their logins for a while, and poisons every consumed topic; then it waits for the
 * stack to settle and checks that nothing answered 2xx was lost, nothing was counted twice, every read model
 * agrees with referral-service's own tables, and only the poison was dead-lettered, by the group that read it.
 *
 * <p>{@code -Dpolku.faults.mode=short} runs one of each fault (CI); the default runs the full set.
 */
class FaultSuiteTest {

    private static final boolean SHORT = "short".equals(System.getProperty("polku.faults.mode"));
    private static final int REQUESTS_PER_SECOND = 12;
    /** Accepted requests that show intake works again after a fault: under a second of load. */
    private static final int RESUMED = 5;

    private static final int AFTER_POISON = 4 * REQUESTS_PER_SECOND;
    private static final Duration BROKER_DOWN = Duration.ofSeconds(4);
    /** How long a database refuses connections or logins: several times the old three quick tries of a record. */
    private static final Duration DATABASE_FAULT = Duration.ofSeconds(15);
    /** The services whose databases the database faults hit; referral-service takes the load meanwhile. */
    private static final List<String> CONSUMERS = List.of("team", "health-check", "indicator");

    private final LocalStack stack = FaultStack.STACK;
    private final Path out = stack.root().resolve("deploy/e2e/target/faults");
    private final List<String> faultProblems = new ArrayList<>();
    private final List<Fault> faults = new ArrayList<>();
    private final long startedAt = System.nanoTime();

    @Test
    void nothingAcceptedIsLostOrCountedTwiceThroughCrashesRestartsAndPoison() throws Exception {
        List<Subscription> subscriptions = Subscription.of(stack.root());
        List<String> consumedTopics = subscriptions.stream()
                .map(Subscription::topic)
                .distinct()
                .sorted()
                .toList();
        log(
                "%s mode; consumer groups: %s",
                SHORT ? "short" : "full",
                subscriptions.stream().map(s -> s.group() + " <- " + s.topic()).collect(Collectors.joining(", ")));
        stack.up();
        try (Bus bus = new Bus(stack.kafkaAdminConfig())) {
            int pgPort = stack.pgPort();
            String professional = stack.token("liisa");
            List<UUID> clients = Clients.register(25, professional);
            try (Load load = new Load(clients, stack.token("te-integration"), professional)) {
                load.start(REQUESTS_PER_SECOND);
                resumed(load, "the start", Instant.now());

                for (int i = 1; i <= (SHORT ? 1 : 5); i++) {
                    crashBroker(load, i);
                }
                for (String service : SHORT ? List.of("referral") : LocalStack.SERVICES) {
                    crashService(load, service);
                }
                restartPostgres(load);
                databaseRefusesConnections(load);
                credentialRejected(load);

                Instant poisonAt = Instant.now();
                List<Poison.Sent> poison = Poison.send(bus, consumedTopics);
                List<Poison.FollowUp> followUps = Poison.sendFollowUps(
                        bus,
                        consumedTopics,
                        UUID.fromString(
                                Ledger.read(pgPort).referrals().getFirst().pathwayId()));
                log(
                        "poison on %s: %d records, then %d valid follow-ups",
                        consumedTopics, poison.size(), followUps.size());
                // A few seconds of load after the poison: its events must still reach every read model.
                attempt(
                        "fewer than " + AFTER_POISON + " requests were accepted within 60 s after the poison",
                        Duration.ofSeconds(60),
                        () -> load.acceptedSince(poisonAt) >= AFTER_POISON);
                load.stop();
                log("load stopped: %d requests", load.requests().size());
                load.write(out.resolve("requests.csv"));

                Verdict verdict = settleAndJudge(bus, pgPort, subscriptions, load, poison, followUps, poisonAt);
                String report = "Fault suite (" + (SHORT ? "short" : "full") + ") after " + elapsed() + "\n"
                        + faults.stream()
                                .map(f -> String.format("%-15s %s%n", "fault", f.describe(load.requests())))
                                .collect(Collectors.joining())
                        + verdict.report() + "Requests: " + out.resolve("requests.csv") + "; service logs: "
                        + stack.runDir().resolve("logs") + "\n";
                Files.createDirectories(out);
                Files.writeString(out.resolve("report.txt"), report);
                System.out.println("\n" + report);
                assertTrue(
                        verdict.passed(),
                        () -> "Fault suite failed: "
                                + verdict.failed().stream()
                                        .map(c -> c.name()
                                                + (c.problems().isEmpty()
                                                        ? ""
                                                        : " — " + c.problems().getFirst()))
                                        .collect(Collectors.joining("; "))
                                + " (report: " + out.resolve("report.txt") + ")");
            }
        } finally {
            try {
                stack.ensurePostgresStarted();
            } finally {
                stack.down();
            }
        }
    }

    // --- the faults -----------------------------------------------------------------------------------

    private void crashBroker(Load load, int round) {
        Instant at = Instant.now();
        stack.killKafka();
        // A few seconds down, then starting it takes a few more: long enough for every relay send and consumer
        // poll to fail. A fixed outage, not a condition: Awaitility's poll delay rather than a sleep.
        await().pollDelay(BROKER_DOWN).atMost(BROKER_DOWN.plusSeconds(1)).until(() -> true);
        stack.startKafka();
        recovered(load, "broker crash " + round, at, Instant.now());
    }

    private void crashService(Load load, String service) {
        Instant at = Instant.now();
        stack.killService(service);
        stack.startService(service);
        recovered(load, service + "-service crash", at, Instant.now());
    }

    private void restartPostgres(Load load) {
        Instant at = Instant.now();
        stack.restartPostgres();
        recovered(load, "PostgreSQL restart", at, Instant.now());
    }

    /**
     * The consuming services' databases refuse connections for a while, as during a restore or an upgrade, while
     * referrals keep arriving: longer than the few seconds in which an unfamiliar failure was once dead-lettered.
     */
    private void databaseRefusesConnections(Load load) {
        Instant at = Instant.now();
        stack.refuseConnections(CONSUMERS);
        await().pollDelay(DATABASE_FAULT).atMost(DATABASE_FAULT.plusSeconds(1)).until(() -> true);
        stack.allowConnections(CONSUMERS);
        recovered(load, "databases refusing connections", at, Instant.now());
    }

    /**
     * The consuming services' logins are refused for a while, as a credential is while it is being rotated. Only the
     * suite's own PostgreSQL may have its authentication changed (CI runs with --own-pg); on the machine's server this
     * fault is skipped, and the report says so.
     */
    private void credentialRejected(Load load) {
        if (!stack.ownPostgres()) {
            log("skipped the refused credential: it needs the suite's own PostgreSQL (deploy/faults --own-pg)");
            return;
        }
        Instant at = Instant.now();
        stack.rejectLogins(CONSUMERS);
        await().pollDelay(DATABASE_FAULT).atMost(DATABASE_FAULT.plusSeconds(1)).until(() -> true);
        stack.acceptLogins();
        recovered(load, "credential rejected", at, Instant.now());
    }

    /**
     * Every service ready again and referrals accepted again; what does not recover is a finding, not an
     * abort, so the end state is still checked and reported.
     */
    private void recovered(Load load, String fault, Instant at, Instant restarted) {
        attempt(
                fault + ": not every service was ready again within 180 s",
                Duration.ofSeconds(180),
                () -> LocalStack.SERVICES.stream().allMatch(stack::ready));
        Instant ready = Instant.now();
        resumed(load, fault, ready);
        faults.add(new Fault(fault, at, restarted, ready, Instant.now()));
        log("%s", faults.getLast().describe(load.requests()));
    }

    private void resumed(Load load, String after, Instant since) {
        attempt(
                "no request was accepted within 60 s after " + after,
                Duration.ofSeconds(60),
                () -> load.acceptedSince(since) >= RESUMED);
    }

    /** One fault's timeline: injected, back (the broker, service or database started again), all ready, intake working. */
    private record Fault(String name, Instant at, Instant back, Instant ready, Instant resumed) {

        String describe(List<Load.Request> requests) {
            List<Load.Request> during = requests.stream()
                    .filter(r -> !r.sentAt().isBefore(at) && r.sentAt().isBefore(resumed))
                    .toList();
            return String.format(
                    "%-28s down %5.1f s, every service ready after %5.1f s; requests meanwhile: "
                            + "%d sent, %d accepted",
                    name + ":",
                    seconds(at, back),
                    seconds(at, ready),
                    during.size(),
                    during.stream().filter(Load.Request::accepted).count());
        }
    }

    private void attempt(String problem, Duration atMost, Callable<Boolean> condition) {
        try {
            await().atMost(atMost).pollInterval(Duration.ofMillis(250)).until(condition);
        } catch (ConditionTimeoutException e) {
            faultProblems.add(problem);
            log("PROBLEM: %s", problem);
        }
    }

    // --- the end state --------------------------------------------------------------------------------

    private Verdict settleAndJudge(
            Bus bus,
            int pgPort,
            List<Subscription> subscriptions,
            Load load,
            List<Poison.Sent> poison,
            List<Poison.FollowUp> followUps,
            Instant poisonAt)
            throws SQLException {
        Duration bound = Duration.ofSeconds(SHORT ? 120 : 180);
        String settled = null;
        try {
            String[] last = {""};
            await().atMost(bound).pollInterval(Duration.ofSeconds(2)).until(() -> {
                String now = unsettled(bus, pgPort, subscriptions);
                if (!now.isEmpty() && !now.equals(last[0])) {
                    log("settling: %s", now);
                }
                last[0] = now;
                return now.isEmpty();
            });
            log("settled");
        } catch (ConditionTimeoutException e) {
            settled = "not settled within " + bound.toSeconds() + " s: " + unsettled(bus, pgPort, subscriptions);
            log("%s", settled);
        }
        Map<String, List<ConsumerRecord<String, String>>> deadLetters = new TreeMap<>();
        for (String topic : bus.topics()) {
            if (topic.contains(".dlq")) {
                deadLetters.put(topic, bus.readAll(topic));
            }
        }
        return Verdict.of(new Verdict.Evidence(
                load.requests(),
                Ledger.read(pgPort),
                subscriptions,
                lags(bus, subscriptions),
                deadLetters,
                poison,
                followUps,
                poisonAt,
                faultProblems,
                settled));
    }

    /** What still moves: events waiting in an outbox, records a group has yet to consume. Empty once settled. */
    private String unsettled(Bus bus, int pgPort, List<Subscription> subscriptions) throws SQLException {
        List<String> moving = new ArrayList<>();
        Ledger.read(pgPort).outbox().forEach((service, rows) -> {
            long pending =
                    rows.stream().filter(o -> !o.published() && !o.parked()).count();
            if (pending > 0) {
                moving.add(service + "-service outbox " + pending + " pending");
            }
        });
        lags(bus, subscriptions).forEach((s, lag) -> {
            if (lag > 0) {
                moving.add(s.group() + " lag " + lag);
            }
        });
        return String.join(", ", moving);
    }

    private static Map<Subscription, Long> lags(Bus bus, List<Subscription> subscriptions) {
        Map<Subscription, Long> lags = new LinkedHashMap<>();
        subscriptions.forEach(s -> lags.put(s, bus.lag(s.group(), s.topic())));
        return lags;
    }

    // --- output ---------------------------------------------------------------------------------------

    private void log(String format, Object... args) {
        System.out.printf("[faults %s] %s%n", elapsed(), String.format(format, args));
    }

    private String elapsed() {
        long s = Duration.ofNanos(System.nanoTime() - startedAt).toSeconds();
        return String.format("%d:%02d", s / 60, s % 60);
    }

    private static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / 1000.0;
    }
}
