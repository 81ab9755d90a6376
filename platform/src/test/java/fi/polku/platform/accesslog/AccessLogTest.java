package fi.polku.platform.accesslog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.polku.platform.FinnishTime;
import fi.polku.platform.Housekeeping;
import fi.polku.platform.app.TestMemberships;
import fi.polku.platform.security.Role;
import fi.polku.platform.testing.PolkuTest;
import fi.polku.platform.testing.PostgresDatabase;
import fi.polku.platform.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@PolkuTest
class AccessLogTest {

    private static final String AUDITOR =
            Tokens.as("auditti").roles(Role.AUDITOR).bearer();

    @Inject
    DataSource dataSource;

    @Inject
    AccessLogWriter writer;

    @Inject
    Housekeeping housekeeping;

    private static JsonPath byClient(UUID clientId) {
        String today = LocalDate.now(FinnishTime.ZONE).toString();
        return given().header("Authorization", AUDITOR)
                .queryParam("clientId", clientId.toString())
                .queryParam("from", today)
                .queryParam("to", today)
                .when()
                .get("/api/v1/access-log")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void aReadIsLoggedWithWhoWhatWhyAndTheClient() {
        UUID client = UUID.randomUUID();
        given().header(
                        "Authorization",
                        Tokens.as("tiina").roles(Role.TEAM_MEMBER).bearer())
                .when()
                .get("/api/client-things/" + client)
                .then()
                .statusCode(200);

        JsonPath log = byClient(client);
        assertEquals(1, log.getInt("total"));
        assertEquals("p-tiina", log.getString("items[0].actorId"));
        assertEquals("COUNTY", log.getString("items[0].organisationType"));
        assertEquals("team-member", log.getString("items[0].actorRoles"));
        assertEquals("CLIENT_CARE", log.getString("items[0].purpose"));
        assertEquals("GET /api/client-things/{clientId}", log.getString("items[0].action"));
        assertEquals("/api/client-things/" + client, log.getString("items[0].resource"));
        assertEquals(200, log.getInt("items[0].status"));
        assertEquals("USE", log.getString("items[0].kind"));
        assertEquals(null, log.getString("items[0].recipient"));
    }

    @Test
    void anOutsideOrganisationShownAClientIsADisclosureToThatOrganisation() {
        UUID client = UUID.randomUUID();
        given().header(
                        "Authorization",
                        Tokens.as("aino")
                                .roles(Role.TEAM_MEMBER)
                                .organisation("KELA")
                                .bearer())
                .when()
                .get("/api/client-things/" + client)
                .then()
                .statusCode(200);
        given().header(
                        "Authorization",
                        Tokens.as("aino")
                                .roles(Role.TEAM_MEMBER)
                                .organisation("KELA")
                                .bearer())
                .when()
                .get("/api/client-things/pair/" + UUID.randomUUID() + "/" + client)
                .then()
                .statusCode(403);

        JsonPath log = byClient(client);
        assertEquals(2, log.getInt("total"));
        assertEquals(403, log.getInt("items[0].status"));
        assertEquals("USE", log.getString("items[0].kind"), "nothing was shown");
        assertEquals("DISCLOSURE", log.getString("items[1].kind"));
        assertEquals("KELA via API", log.getString("items[1].recipient"));
        assertEquals("KELA", log.getString("items[1].organisationType"));
        assertEquals("p-aino", log.getString("items[1].actorId"));
    }

    @Test
    void aWriteWhoseEntryCannotBeWrittenLeavesNoTraceAndIsA503() throws Exception {
        UUID client = UUID.randomUUID();
        try (AutoCloseable refusing = PostgresDatabase.accessLogRefusing("p-unloggable")) {
            given().header(
                            "Authorization",
                            Tokens.as("unloggable").roles(Role.TEAM_MEMBER).bearer())
                    .contentType("application/json")
                    .body("{\"text\": \"a note nobody may see unlogged\"}")
                    .when()
                    .put("/api/client-things/" + client + "/note")
                    .then()
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", "2");
        }
        assertEquals(0L, count("note", "text = 'a note nobody may see unlogged'"), "the note was rolled back");
        assertEquals(0L, count("outbox_event", "payload ->> 'pathwayId' = '" + client + "'"), "so was its event");
        assertEquals(0L, count("access_log", "client_id = '" + client + "'"));

        given().header(
                        "Authorization",
                        Tokens.as("loggable").roles(Role.TEAM_MEMBER).bearer())
                .contentType("application/json")
                .body("{\"text\": \"a note that is logged\"}")
                .when()
                .put("/api/client-things/" + client + "/note")
                .then()
                .statusCode(200);
        assertEquals(1L, count("note", "text = 'a note that is logged'"));
        assertEquals(1L, count("outbox_event", "payload ->> 'pathwayId' = '" + client + "'"));
        assertEquals(
                1L, count("access_log", "client_id = '" + client + "' and actor_id = 'p-loggable' and status = 200"));
    }

    @Test
    void aRefusedAttemptIsLoggedToo() {
        UUID client = UUID.randomUUID();
        given().header("Authorization", Tokens.as("markku").roles(Role.MANAGER).bearer())
                .when()
                .get("/api/client-things/" + client)
                .then()
                .statusCode(403);

        JsonPath log = byClient(client);
        assertEquals(1, log.getInt("total"));
        assertEquals(403, log.getInt("items[0].status"));
        assertEquals("p-markku", log.getString("items[0].actorId"));
    }

    @Test
    void everyClientOfAListIsLoggedAndARefusalNamesTheClientItRefused() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        TestMemberships.register("p-paired", UUID.randomUUID());
        given().header(
                        "Authorization",
                        Tokens.as("paired").roles(Role.TEAM_MEMBER).bearer())
                .when()
                .get("/api/client-things/pair/" + first + "/" + second)
                .then()
                .statusCode(200);
        assertEquals(1, byClient(first).getInt("total"));
        assertEquals(1, byClient(second).getInt("total"));

        UUID hidden = UUID.randomUUID();
        given().header(
                        "Authorization",
                        Tokens.as("aino").roles(Role.TEAM_MEMBER).bearer())
                .when()
                .get("/api/client-things/pair/" + UUID.randomUUID() + "/" + hidden)
                .then()
                .statusCode(404);
        JsonPath log = byClient(hidden);
        assertEquals(1, log.getInt("total"));
        assertEquals(404, log.getInt("items[0].status"));
    }

    @Test
    void readingTheLogIsLoggedAndNeedsTheAuditorRole() {
        UUID client = UUID.randomUUID();
        byClient(client);
        JsonPath log = byClient(client);
        assertEquals("AUDIT", log.getString("items[0].purpose"));
        assertEquals("p-auditti", log.getString("items[0].actorId"));

        given().header(
                        "Authorization",
                        Tokens.as("aino")
                                .roles(Role.TEAM_MEMBER, Role.REFERRAL_HANDLER, Role.MANAGER)
                                .bearer())
                .when()
                .get("/api/v1/access-log?clientId=" + client + "&from=2026-01-01&to=2026-01-02")
                .then()
                .statusCode(403);
    }

    @Test
    void theQueryNamesWhatIsWrongWithIt() {
        given().header("Authorization", AUDITOR)
                .when()
                .get("/api/v1/access-log?from=2026-01-01&to=2026-01-02")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("clientId"));
        given().header("Authorization", AUDITOR)
                .when()
                .get("/api/v1/access-log?actorId=x&from=2026-01-01&to=2027-06-01")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("to"));
        given().header("Authorization", AUDITOR)
                .when()
                .get("/api/v1/access-log?clientId=nope&from=2026-01-01&to=2026-01-02")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("clientId"));
        given().header("Authorization", AUDITOR)
                .when()
                .get("/api/v1/access-log?actorId=x&to=2026-01-02")
                .then()
                .statusCode(400)
                .body("detail", containsString("from"));
    }

    @Test
    void aDisclosureIsRecordedInItsTransaction() {
        UUID client = UUID.randomUUID();
        QuarkusTransaction.requiringNew()
                .run(() -> writer.disclosure(client, "KELA via some.topic.v1", "PATHWAY_CLOSED"));
        assertThrows(
                RuntimeException.class,
                () -> QuarkusTransaction.requiringNew().run(() -> {
                    writer.disclosure(UUID.randomUUID(), "KELA via some.topic.v1", "PATHWAY_CLOSED");
                    throw new IllegalStateException("the disclosing transaction fails");
                }));

        JsonPath log = byClient(client);
        assertEquals("DISCLOSURE", log.getString("items[0].kind"));
        assertEquals("KELA via some.topic.v1", log.getString("items[0].recipient"));
        assertEquals("platform-test", log.getString("items[0].actorId"));
        assertEquals(1L, count("access_log", "kind = 'DISCLOSURE' and client_id = '" + client + "'"));
    }

    @Test
    void theLogCannotBeChangedOrEmptiedByTheService() throws SQLException {
        UUID client = loggedRead();
        assertAppendOnly("access_log", client);
        assertEquals(1L, count("access_log", "client_id = '" + client + "' and actor_id = 'p-aino'"));
    }

    /**
     * The service's role is no superuser and owns nothing, as in production: it cannot switch the append-only
     * triggers off (session_replication_role is a superuser's setting; disabling a trigger is the owner's), nor drop
     * the log, nor make tables of its own. Each attempt is refused for want of the privilege (42501).
     */
    @Test
    void theServiceRoleCanNeitherSwitchTheTriggersOffNorChangeTheSchema() throws SQLException {
        assertEquals(0L, count("pg_roles", "rolname = current_user and (rolsuper or rolcreaterole or rolcreatedb)"));
        assertEquals(0L, count("pg_tables", "schemaname = 'public' and tableowner = current_user"));
        for (String statement : List.of(
                "set session_replication_role = replica",
                "alter table access_log disable trigger user",
                "drop table access_log",
                "create table access_log_copy (id bigint)")) {
            SQLException refused = assertThrows(SQLException.class, () -> execute(statement), statement);
            assertEquals("42501", refused.getSQLState(), statement + ": " + refused.getMessage());
        }
    }

    @Test
    void theLogIsKeptByMonthAndEveryMonthIsAppendOnly() throws SQLException {
        UUID client = loggedRead();
        String month = "access_log_" + YearMonth.now(ZoneOffset.UTC).toString().replace('-', '_');
        assertEquals(1L, count(month, "client_id = '" + client + "'"), "the entry is in this month's partition");
        assertEquals(0, housekeeping.preparePartitions(), "the months ahead exist already");
        assertEquals(
                1L,
                count(
                        "pg_class",
                        "relname = 'access_log_"
                                + YearMonth.now(ZoneOffset.UTC)
                                        .plusMonths(12)
                                        .toString()
                                        .replace('-', '_') + "'"));
        assertAppendOnly(month, client);
        assertEquals(1L, count("access_log", "client_id = '" + client + "'"));
    }

    /** A county team member's read of a new client, logged; returns the client. */
    private static UUID loggedRead() {
        UUID client = UUID.randomUUID();
        given().header(
                        "Authorization",
                        Tokens.as("aino").roles(Role.TEAM_MEMBER).bearer())
                .when()
                .get("/api/client-things/" + client)
                .then()
                .statusCode(200);
        return client;
    }

    /** The service's own update, delete and truncate of {@code table} are all refused (42501). */
    private void assertAppendOnly(String table, UUID client) {
        for (String statement : List.of(
                "update " + table + " set actor_id = 'someone-else' where client_id = '" + client + "'",
                "delete from " + table + " where client_id = '" + client + "'",
                "truncate " + table)) {
            SQLException refused = assertThrows(SQLException.class, () -> execute(statement), statement);
            assertEquals("42501", refused.getSQLState(), statement);
        }
    }

    @Test
    void withoutATokenNothingIsLoggedAndNothingShown() {
        UUID client = UUID.randomUUID();
        given().when().get("/api/client-things/" + client).then().statusCode(401);
        given().header("Authorization", AUDITOR)
                .queryParam("clientId", client.toString())
                .queryParam("from", LocalDate.now(FinnishTime.ZONE).toString())
                .queryParam("to", LocalDate.now(FinnishTime.ZONE).toString())
                .when()
                .get("/api/v1/access-log")
                .then()
                .body("total", equalTo(0));
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private long count(String table, String where) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                var rows = statement.executeQuery("select count(*) from " + table + " where " + where)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
