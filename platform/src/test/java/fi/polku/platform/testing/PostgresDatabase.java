package fi.polku.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The service's own test database on a real PostgreSQL server. {@code deploy/local/stack pg-ensure}
 * decides which server: the one on 127.0.0.1:5432 when it answers, otherwise a throwaway cluster it
 * starts from the machine's PostgreSQL binaries. The database is named by the {@code polku-test.database}
 * system property, which each module's POM sets, so services never share tables.
 *
 * <p>The application reaches the server through a {@link TcpProxy}, so that a test can take the database
 * away and bring it back ({@link #outage()}) as a restart of the server would, without restarting a server
 * that other processes may share.
 */
public class PostgresDatabase implements QuarkusTestResourceLifecycleManager {

    private static volatile TcpProxy proxy;

    @Override
    public Map<String, String> start() {
        String database = System.getProperty("polku-test.database");
        if (database == null || database.isBlank()) {
            throw new IllegalStateException("System property polku-test.database is not set");
        }
        String[] hostPort = ensure(database).split("\\s+");
        int port;
        try {
            proxy = new TcpProxy(hostPort[0], Integer.parseInt(hostPort[1]));
            port = proxy.start();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the database proxy", e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:" + port + "/" + database,
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "");
    }

    @Override
    public void stop() {
        // The server outlives the test run on purpose: the next module's tests reuse it.
    }

    /**
     * Makes the database unreachable for the application (open connections reset, new ones refused) until
     * the returned handle is closed.
     */
    public static AutoCloseable outage() throws IOException {
        TcpProxy current = proxy;
        current.cut();
        return current::restore;
    }

    private static String ensure(String database) {
        Path stack = Path.of(System.getProperty("polku-test.root", "..")).resolve("deploy/local/stack");
        try {
            Path out = Files.createTempFile("pg-ensure", ".out");
            Process process = new ProcessBuilder(stack.toString(), "pg-ensure", database)
                    .redirectOutput(out.toFile())
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(stack + " pg-ensure " + database + " failed");
            }
            String hostPort = Files.readString(out, StandardCharsets.UTF_8).strip();
            Files.delete(out);
            return hostPort.lines().reduce((first, last) -> last).orElseThrow();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run " + stack, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
