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
 */
public class PostgresDatabase implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        String database = System.getProperty("polku-test.database");
        if (database == null || database.isBlank()) {
            throw new IllegalStateException("System property polku-test.database is not set");
        }
        String[] hostPort = ensure(database).split("\\s+");
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://" + hostPort[0] + ":" + hostPort[1] + "/" + database,
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "");
    }

    @Override
    public void stop() {
        // The server outlives the test run on purpose: the next module's tests reuse it.
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
