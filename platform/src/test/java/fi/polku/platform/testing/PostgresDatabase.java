package fi.polku.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
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

    /** The start-up codes of a client asking for TLS or GSS encryption, which a server may decline with 'N'. */
    private static final int SSL_REQUEST = 80877103;

    private static final int GSS_REQUEST = 80877104;

    private static volatile TcpProxy proxy;
    private static volatile String server;
    private static volatile String databaseName;

    @Override
    public Map<String, String> start() {
        String database = System.getProperty("polku-test.database");
        if (database == null || database.isBlank()) {
            throw new IllegalStateException("System property polku-test.database is not set");
        }
        String[] hostPort = ensure(database).split("\\s+");
        server = hostPort[0] + ":" + hostPort[1];
        databaseName = database;
        int port;
        try {
            proxy = new TcpProxy(hostPort[0], Integer.parseInt(hostPort[1]));
            port = proxy.start();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the database proxy", e);
        }
        // The roles pg-ensure made, as production has them: the application is no superuser, Flyway is the owner
        // (a local role's password is its name).
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:" + port + "/" + database,
                "quarkus.datasource.username", database,
                "quarkus.datasource.password", database,
                "quarkus.flyway.username", database + "_owner",
                "quarkus.flyway.password", database + "_owner");
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

    /**
     * Makes the database refuse connections as it does during a restore or an upgrade ({@code ALTER DATABASE … WITH
     * allow_connections false}, SQLSTATE 55000 to whoever connects): open connections are ended, new ones refused,
     * until the returned handle is closed.
     */
    public static AutoCloseable refusingConnections() throws SQLException {
        admin("alter database " + databaseName + " with allow_connections false");
        admin("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + databaseName + "'");
        return () -> admin("alter database " + databaseName + " with allow_connections true");
    }

    /**
     * Makes every new connection fail its login as a rotated credential does until the service has the new one
     * (an ErrorResponse of SQLSTATE 28P01 from the server's side of the protocol); open connections are reset.
     */
    public static AutoCloseable rejectingTheCredential() {
        proxy.answerNewConnections(client -> () -> refuseLogin(client));
        return proxy::proxyAgain;
    }

    /** Answers a PostgreSQL client's start-up as a server that refuses the password, then hangs up. */
    private static void refuseLogin(Socket client) {
        try (client;
                DataInputStream in = new DataInputStream(client.getInputStream());
                DataOutputStream out = new DataOutputStream(client.getOutputStream())) {
            while (true) {
                int length = in.readInt();
                int code = in.readInt();
                in.skipNBytes(length - 8);
                if (code != SSL_REQUEST && code != GSS_REQUEST) {
                    break;
                }
                out.writeByte('N');
                out.flush();
            }
            byte[] fields = ("SFATAL\0VFATAL\0C28P01\0Mpassword authentication failed for user \"postgres\"\0\0")
                    .getBytes(StandardCharsets.UTF_8);
            out.writeByte('E');
            out.writeInt(fields.length + 4);
            out.write(fields);
            out.flush();
        } catch (IOException e) {
            // The client gave up first.
        }
    }

    /**
     * Makes the access log refuse the rows of one actor, as it would refuse any row it cannot hold (a full disk, a lost
     * connection), until the returned handle is closed: a stand-in for every way the entry of a request can fail after
     * its work was done.
     */
    public static AutoCloseable accessLogRefusing(String actorId) throws SQLException {
        String name = "access_log_refuses_" + Long.toHexString(System.nanoTime());
        execute(databaseName, """
                create function %1$s() returns trigger language plpgsql as $$
                begin
                    if new.actor_id = '%2$s' then
                        raise exception 'this actor cannot be logged' using errcode = 'P0001';
                    end if;
                    return new;
                end
                $$;
                create trigger %1$s before insert on access_log for each row execute function %1$s();""".formatted(name, actorId.replace("'", "''")));
        return () -> execute(databaseName, "drop trigger %1$s on access_log; drop function %1$s();".formatted(name));
    }

    private static void admin(String sql) throws SQLException {
        execute("postgres", sql);
    }

    private static void execute(String database, String sql) throws SQLException {
        try (Connection connection =
                        DriverManager.getConnection("jdbc:postgresql://" + server + "/" + database, "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
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
