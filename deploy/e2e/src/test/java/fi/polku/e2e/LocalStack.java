package fi.polku.e2e;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The local stack as a test drives it: through {@code deploy/local/stack}, on the ports, run directory and
 * freshly created databases the test gives it, so it neither disturbs nor is disturbed by a developer's stack
 * on the default ports, nor another test's stack. The end-to-end test ({@code PathwayEndToEndTest}) and the
 * fault suite ({@code faults.FaultStack}) each have their own. Every operation is a stack subcommand, so a
 * person can repeat any of them by hand with the same {@code POLKU_*} settings.
 */
public final class LocalStack {

    /** The services the stack runs, in the order of their HTTP ports: base + 1, base + 2, … */
    public static final List<String> SERVICES = List.of("referral", "team", "health-check", "indicator");

    private final Path root = checkoutRoot();
    private final Path runDir;
    private final int httpBase;
    private final int kafkaPort;
    private final String dbPrefix;
    private final int pgPort;

    /**
     * @param runDirName the stack's run directory (pids, logs, broker data) under {@code deploy/e2e/target}
     * @param httpBase the services listen on {@code httpBase + 1} to {@code httpBase + 4}, in {@link #SERVICES} order
     * @param kafkaPort the broker's port; its controller listens on the next one
     * @param dbPrefix the services' databases are {@code <dbPrefix>_<service>}, created afresh by {@link #up()}
     * @param ownPgPort the port of the PostgreSQL cluster the stack starts when the machine's server does not answer
     */
    public LocalStack(String runDirName, int httpBase, int kafkaPort, String dbPrefix, int ownPgPort) {
        this.runDir = root.resolve("deploy/e2e/target").resolve(runDirName);
        this.httpBase = httpBase;
        this.kafkaPort = kafkaPort;
        this.dbPrefix = dbPrefix;
        this.pgPort = ownPgPort;
    }

    /** The checkout's root, where {@code deploy/local/stack} and the services' sources are. */
    public Path root() {
        return root;
    }

    /** The checkout's root as the build names it ({@code polku-test.root}), for what is read before a stack exists. */
    public static Path checkoutRoot() {
        return Path.of(System.getProperty("polku-test.root", "../.."))
                .toAbsolutePath()
                .normalize();
    }

    public Path runDir() {
        return runDir;
    }

    public String dbPrefix() {
        return dbPrefix;
    }

    public String url(String service) {
        int index = SERVICES.indexOf(service);
        if (index < 0) {
            throw new IllegalArgumentException(service);
        }
        return "http://127.0.0.1:" + (httpBase + index + 1);
    }

    /** The service's management interface (health, metrics, the OpenAPI document): its HTTP port + 1000. */
    public String managementUrl(String service) {
        return "http://127.0.0.1:" + (URI.create(url(service)).getPort() + 1000);
    }

    /** The realm of the stack's Keycloak, which issues its tokens: on {@code httpBase + 100}. */
    public String keycloakRealmUrl() {
        return "http://127.0.0.1:" + (httpBase + 100) + "/realms/polku";
    }

    public String kafkaBootstrap() {
        return "127.0.0.1:" + kafkaPort;
    }

    /**
     * The admin principal's Kafka client settings, from the file {@code stack kafka admin-config} names: the stack's
     * broker refuses a client without credentials, and this one may do anything (a super user).
     */
    public Map<String, Object> kafkaAdminConfig() {
        Properties properties = new Properties();
        try (Reader in =
                Files.newBufferedReader(Path.of(run(30, "kafka", "admin-config").strip()))) {
            properties.load(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Map<String, Object> config = new HashMap<>();
        properties.forEach((k, v) -> config.put((String) k, v));
        return config;
    }

    /**
     * The Kafka client settings of a principal of the messaging topology (a KafkaUser's name, e.g.
     * {@code employment-integration}), with the password the stack made for it: exactly that user's ACLs.
     */
    public Map<String, Object> kafkaClientConfig(String principal) {
        String password;
        try {
            password = Files.readString(runDir.resolve("kafka/credentials").resolve(principal + ".password"))
                    .strip();
        } catch (IOException e) {
            throw new IllegalStateException("the stack made no Kafka credentials for " + principal, e);
        }
        return Map.of(
                "bootstrap.servers",
                kafkaBootstrap(),
                "security.protocol",
                "SASL_PLAINTEXT",
                "sasl.mechanism",
                "SCRAM-SHA-512",
                "sasl.jaas.config",
                "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + principal
                        + "\" password=\"" + password + "\";");
    }

    /**
     * Starts the whole stack on fresh databases and a fresh broker, from a clean run directory: a stack an
     * interrupted run left behind is stopped first.
     */
    public void up() throws IOException {
        if (Files.exists(runDir.resolve("pids"))) {
            run(120, "down");
        }
        deleteRecursively(runDir.resolve("kafka"));
        deleteRecursively(runDir.resolve("pids"));
        run(600, "up");
    }

    public void down() {
        run(120, "down");
    }

    /**
     * Starts only the broker, fresh, with the topology's topics, principals and ACLs applied as {@link #up()} applies
     * them: for what needs the broker alone.
     */
    public void upBroker() throws IOException {
        if (Files.exists(runDir.resolve("pids"))) {
            run(120, "down");
        }
        deleteRecursively(runDir.resolve("kafka"));
        run(120, "kafka", "start");
        run(120, "kafka", "topology");
    }

    /** Stops the broker in an orderly way. */
    public void stopKafka() {
        run(60, "kafka", "stop");
    }

    /** Kills the broker with {@code kill -9}: a crash, not a shutdown. */
    public void killKafka() {
        run(30, "kafka", "kill");
    }

    public void startKafka() {
        run(120, "kafka", "start");
    }

    public void killService(String service) {
        run(30, "service", "kill", service);
    }

    /** Starts a killed service with the settings {@code up} gave it; returns once it is ready. */
    public void startService(String service) {
        run(240, "service", "start", service);
    }

    public void restartPostgres() {
        run(120, "pg", "restart");
    }

    /** Makes the services' databases refuse connections, as during a restore or an upgrade (SQLSTATE 55000). */
    public void refuseConnections(List<String> services) {
        List<String> args = new ArrayList<>(List.of("pg", "refuse-connections"));
        args.addAll(services);
        run(60, args.toArray(String[]::new));
    }

    public void allowConnections(List<String> services) {
        List<String> args = new ArrayList<>(List.of("pg", "allow-connections"));
        args.addAll(services);
        run(60, args.toArray(String[]::new));
    }

    /** Refuses logins to the services' databases as a rotated credential is refused; needs {@link #ownPostgres}. */
    public void rejectLogins(List<String> services) {
        List<String> args = new ArrayList<>(List.of("pg", "reject-logins"));
        args.addAll(services);
        run(60, args.toArray(String[]::new));
    }

    public void acceptLogins() {
        run(60, "pg", "accept-logins");
    }

    /** Whether the stack runs its own PostgreSQL cluster, whose authentication it may change. */
    public boolean ownPostgres() {
        return Boolean.parseBoolean(run(30, "pg", "own").strip());
    }

    /** Starts PostgreSQL again if a restart was interrupted; does nothing otherwise. */
    public void ensurePostgresStarted() {
        run(120, "pg", "start");
    }

    /** The port of the PostgreSQL the stack uses: the machine's, or the cluster the stack started. */
    public int pgPort() {
        return Integer.parseInt(run(60, "pg-ensure").strip().split(" ")[1]);
    }

    /** A token the stack's Keycloak issues to a demo login (deploy/local/stack users). */
    public String token(String user) {
        return run(30, "token", user).strip();
    }

    /** The professional id a demo user's token carries, under which team-service's registry keeps them. */
    public String professionalId(String user) {
        return run(30, "professional-id", user).strip();
    }

    /** Registers a demo client; returns its id and its (made-up) identity code. */
    public String[] registerClient(String municipality, boolean securityBan) {
        return run(60, "client", municipality, String.valueOf(securityBan))
                .strip()
                .split(" ");
    }

    public String status() {
        return run(30, "status");
    }

    /** Whether the service answers its readiness check with 200. */
    public boolean ready(String service) {
        try {
            return Http.CLIENT
                            .send(
                                    HttpRequest.newBuilder(URI.create(managementUrl(service) + "/q/health/ready"))
                                            .timeout(Duration.ofSeconds(10))
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding())
                            .statusCode()
                    == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Created on the first {@link #ready} check only: a test that never asks starts no HTTP client threads. */
    private static final class Http {
        static final HttpClient CLIENT =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    }

    /** Runs {@code deploy/local/stack args…} with this stack's settings; returns its output, or throws if it fails. */
    private String run(int timeoutSeconds, String... args) {
        List<String> command = Stream.concat(
                        Stream.of(root.resolve("deploy/local/stack").toString()), Stream.of(args))
                .toList();
        try {
            Path out = Files.createTempFile("stack", ".out");
            Path err = Files.createTempFile("stack", ".err");
            ProcessBuilder builder =
                    new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            Map<String, String> env = builder.environment();
            env.put("POLKU_RUN_DIR", runDir.toString());
            env.put("POLKU_HTTP_PORT_BASE", String.valueOf(httpBase));
            env.put("POLKU_KAFKA_PORT", String.valueOf(kafkaPort));
            env.put("POLKU_KAFKA_CONTROLLER_PORT", String.valueOf(kafkaPort + 1));
            env.put("POLKU_DB_PREFIX", dbPrefix);
            env.put("POLKU_PG_PORT", String.valueOf(pgPort));
            env.put("POLKU_FRESH_DB", "true");
            env.put("POLKU_DEMO_DATA", "false");
            // POLKU_SHARED_PG_PORT passes through from the environment: deploy/faults --own-pg sets it to a port
            // nothing answers on, so the stack starts (and the fault suite restarts) a cluster of its own.
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
