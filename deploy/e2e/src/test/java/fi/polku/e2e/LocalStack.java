package fi.polku.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The local stack as the end-to-end test drives it: through {@code deploy/local/stack}, on its own ports,
 * run directory and freshly created databases, so it neither disturbs nor is disturbed by a developer's
 * stack on the default ports.
 */
final class LocalStack {

    static final int HTTP_BASE = 18080;
    static final int KAFKA_PORT = 19092;

    private final Path root = Path.of(System.getProperty("polku-test.root", "../..")).toAbsolutePath().normalize();
    private final Path runDir = root.resolve("deploy/e2e/target/stack");

    static String url(String service) {
        int offset = switch (service) {
            case "referral" -> 1;
            case "team" -> 2;
            case "health-check" -> 3;
            case "indicator" -> 4;
            default -> throw new IllegalArgumentException(service);
        };
        return "http://127.0.0.1:" + (HTTP_BASE + offset);
    }

    static String kafkaBootstrap() {
        return "127.0.0.1:" + KAFKA_PORT;
    }

    /** Starts the whole stack from a clean run directory. */
    void up() throws IOException {
        if (Files.exists(runDir.resolve("pids"))) {
            run(120, "down");
        }
        deleteRecursively(runDir.resolve("kafka"));
        deleteRecursively(runDir.resolve("pids"));
        run(600, "up");
    }

    void down() {
        run(120, "down");
    }

    void stopKafka() {
        run(60, "kafka", "stop");
    }

    void startKafka() {
        run(120, "kafka", "start");
    }

    String token(String user) {
        return run(30, "token", user).strip();
    }

    /** Registers a demo client; returns its id and its (made-up) identity code. */
    String[] registerClient(String municipality, boolean securityBan) {
        return run(60, "client", municipality, String.valueOf(securityBan)).strip().split(" ");
    }

    String status() {
        return run(30, "status");
    }

    private String run(int timeoutSeconds, String... args) {
        List<String> command = Stream.concat(Stream.of(root.resolve("deploy/local/stack").toString()), Stream.of(args))
                .toList();
        try {
            Path out = Files.createTempFile("stack", ".out");
            Path err = Files.createTempFile("stack", ".err");
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            Map<String, String> env = builder.environment();
            env.put("POLKU_RUN_DIR", runDir.toString());
            env.put("POLKU_HTTP_PORT_BASE", String.valueOf(HTTP_BASE));
            env.put("POLKU_KAFKA_PORT", String.valueOf(KAFKA_PORT));
            env.put("POLKU_KAFKA_CONTROLLER_PORT", String.valueOf(KAFKA_PORT + 1));
            env.put("POLKU_DB_PREFIX", "polku_e2e");
            env.put("POLKU_PG_PORT", "15442");
            env.put("POLKU_FRESH_DB", "true");
            env.put("POLKU_DEMO_DATA", "false");
            Process process = builder.start();
            boolean finished = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
            String stdout = Files.readString(out, StandardCharsets.UTF_8);
            String stderr = Files.readString(err, StandardCharsets.UTF_8);
            Files.delete(out);
            Files.delete(err);
            System.out.print(stderr);
            if (!finished) {
                process.destroyForcibly();
                throw new IllegalStateException("stack " + String.join(" ", args) + " timed out");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("stack " + String.join(" ", args) + " failed: " + stderr);
            }
            return stdout;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
