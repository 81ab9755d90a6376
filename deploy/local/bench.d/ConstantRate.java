import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * An open-loop load: POSTs referrals at a constant rate, each at its scheduled moment whether or not the earlier ones
 * have been answered (wrk waits for each answer, so a slow server would slow the load and hide its own latency).
 * Prints how many were sent and answered 2xx, and the answers' p50 and p99 in ms. Run by deploy/local/bench as a
 * single-file program:
 * {@code java ConstantRate.java <url> <bearer token> <clients file> <requests per second> <seconds>}.
 */
public class ConstantRate {

    public static void main(String[] args) throws Exception {
        URI url = URI.create(args[0]);
        String token = args[1];
        List<String> clients = Files.readAllLines(Path.of(args[2])).stream().filter(l -> !l.isBlank()).toList();
        double rate = Double.parseDouble(args[3]);
        int seconds = Integer.parseInt(args[4]);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        Random random = new Random(1);
        long total = Math.round(rate * seconds);
        long intervalNanos = Math.round(1_000_000_000 / rate);
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger failed = new AtomicInteger();
        CompletableFuture<?>[] answers = new CompletableFuture<?>[(int) total];
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = start + i * intervalNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            String body = """
                    {"clientId":"%s","source":"EMPLOYMENT_SERVICES","referringOrganisation":"TE-toimisto, Oulu",\
                    "requestedArea":"Oulu","reasons":["LONG_TERM_UNEMPLOYMENT"],"labourMarketStatus":"UNEMPLOYED",\
                    "unemployedSince":"2024-09-01"}""".formatted(clients.get(random.nextInt(clients.size())));
            HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            // From the moment it was due, not sent: a load that falls behind counts its own delay too.
            answers[i] = http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).handle((response, error) -> {
                if (error == null && response.statusCode() / 100 == 2) {
                    latencies.add(System.nanoTime() - due);
                } else {
                    failed.incrementAndGet();
                }
                return null;
            });
        }
        CompletableFuture.allOf(answers).join();
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("%d %d %.1f %.1f%n", total, sorted.length, percentile(sorted, 0.50), percentile(sorted, 0.99));
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1_000_000.0;
    }
}
