package fi.polku.e2e.faults;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Referrals and consents posted to referral-service at a steady rate from a background thread, whatever
 * state the stack is in: a fault must not slow the load down, or a slow recovery would hide lost
 * requests. Every request and its answer is recorded, so the end state can be compared with what was
 * accepted.
 */
final class Load implements AutoCloseable {

    enum Kind {
        REFERRAL,
        CONSENT
    }

    /**
     * One request. {@code tag} is unique per referral and travels in {@code referringPerson}, so the suite
     * can count how many rows one request left; {@code status} 0 means no answer (refused connection, timeout).
     */
    record Request(int n, Kind kind, String tag, UUID clientId, Instant sentAt, int status, String id, String error) {

        boolean accepted() {
            return status / 100 == 2;
        }
    }

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final List<String> SOURCES = List.of(
            "EMPLOYMENT_SERVICES",
            "MUNICIPAL_EMPLOYMENT",
            "KELA",
            "SOTE_CENTRE",
            "OCCUPATIONAL_HEALTH",
            "TYP",
            "SELF",
            "STUDENT_HEALTH");

    private final List<UUID> clients;
    private final String integration;
    private final String professional;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Queue<Request> answered = new ConcurrentLinkedQueue<>();

    Load(List<UUID> clients, String integrationToken, String professionalToken) {
        this.clients = List.copyOf(clients);
        this.integration = "Bearer " + integrationToken;
        this.professional = "Bearer " + professionalToken;
    }

    /** Starts posting, alternately a referral and a consent, {@code perSecond} requests a second in all. */
    void start(int perSecond) {
        clock.scheduleAtFixedRate(this::sendOne, 0, 1_000_000 / perSecond, TimeUnit.MICROSECONDS);
    }

    /** Stops posting and waits for the requests still in flight to be answered or to time out. */
    void stop() {
        clock.shutdownNow();
        await().atMost(Duration.ofSeconds(30)).until(() -> inFlight.get() == 0);
    }

    @Override
    public void close() {
        clock.shutdownNow();
    }

    List<Request> requests() {
        return new ArrayList<>(answered);
    }

    long acceptedSince(Instant since) {
        return answered.stream()
                .filter(r -> r.accepted() && !r.sentAt().isBefore(since))
                .count();
    }

    /** The log of every request: one line each, for a person to read after a failed run. */
    void write(Path file) {
        List<String> lines = new ArrayList<>(List.of("n,kind,tag,client,sent_at,status,id,error"));
        requests().stream()
                .sorted(Comparator.comparingInt(Request::n))
                .forEach(r -> lines.add(String.join(
                        ",",
                        String.valueOf(r.n()),
                        r.kind().name(),
                        r.tag(),
                        r.clientId().toString(),
                        r.sentAt().toString(),
                        String.valueOf(r.status()),
                        r.id() == null ? "" : r.id(),
                        r.error() == null ? "" : r.error().replace(',', ';').replace('\n', ' '))));
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void sendOne() {
        int n = sent.getAndIncrement();
        Kind kind = n % 2 == 0 ? Kind.REFERRAL : Kind.CONSENT;
        UUID client = clients.get((n / 2) % clients.size());
        String tag = kind == Kind.REFERRAL ? "fault-" + run + "-" + n : "";
        HttpRequest request =
                kind == Kind.REFERRAL ? referral(client, tag, SOURCES.get((n / 2) % SOURCES.size())) : consent(client);
        Instant sentAt = Instant.now();
        inFlight.incrementAndGet();
        http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
            if (failure != null) {
                answered.add(new Request(n, kind, tag, client, sentAt, 0, null, failure.toString()));
            } else {
                Matcher id = ID.matcher(response.body());
                boolean ok = response.statusCode() / 100 == 2;
                answered.add(new Request(
                        n,
                        kind,
                        tag,
                        client,
                        sentAt,
                        response.statusCode(),
                        ok && id.find() ? id.group(1) : null,
                        ok ? null : abbreviate(response.body())));
            }
            inFlight.decrementAndGet();
        });
    }

    private HttpRequest referral(UUID client, String tag, String source) {
        String body = """
                {"clientId": "%s", "source": "%s", "referringOrganisation": "Fault suite", "referringPerson": "%s",
                 "requestedArea": "Oulu", "reasons": ["LONG_TERM_UNEMPLOYMENT"], "labourMarketStatus": "UNEMPLOYED",
                 "unemployedSince": "2024-09-01"}""".formatted(client, source, tag);
        // TE's system sends its own referrals; the county's referral handler records those from everyone else.
        return post("/api/v1/referrals", "EMPLOYMENT_SERVICES".equals(source) ? integration : professional, body);
    }

    private HttpRequest consent(UUID client) {
        return post("/api/v1/clients/" + client + "/consents", professional, "{\"organisationTypes\": [\"KELA\"]}");
    }

    private static HttpRequest post(String path, String bearer, String body) {
        return HttpRequest.newBuilder(URI.create(FaultStack.STACK.url("referral") + path))
                .timeout(Duration.ofSeconds(15))
                .header("Authorization", bearer)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private static String abbreviate(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "…";
    }
}
