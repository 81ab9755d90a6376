package fi.polku.platform.accesslog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.polku.platform.FinnishTime;
import fi.polku.platform.security.Role;
import fi.polku.platform.testing.PolkuTest;
import fi.polku.platform.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@PolkuTest
class AccessLogTest {

    private static final String AUDITOR = Tokens.as("auditti").roles(Role.AUDITOR).bearer();

    @Inject
    DataSource dataSource;

    @Inject
    AccessLogWriter writer;

    private static JsonPath byClient(UUID clientId) {
        String today = LocalDate.now(FinnishTime.ZONE).toString();
        return given().header("Authorization", AUDITOR)
                .queryParam("clientId", clientId.toString()).queryParam("from", today).queryParam("to", today)
                .when().get("/api/v1/access-log")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aReadIsLoggedWithWhoWhatWhyAndTheClient() {
        UUID client = UUID.randomUUID();
        given().header("Authorization", Tokens.as("aino").roles(Role.TEAM_MEMBER).organisation("KELA").teams("t1").bearer())
                .when().get("/api/client-things/" + client).then().statusCode(200);

        JsonPath log = byClient(client);
        assertEquals(1, log.getInt("total"));
        assertEquals("p-aino", log.getString("items[0].actorId"));
        assertEquals("KELA", log.getString("items[0].organisationType"));
        assertEquals("team-member", log.getString("items[0].actorRoles"));
        assertEquals("CLIENT_CARE", log.getString("items[0].purpose"));
        assertEquals("GET /api/client-things/{clientId}", log.getString("items[0].action"));
        assertEquals("/api/client-things/" + client, log.getString("items[0].resource"));
        assertEquals(200, log.getInt("items[0].status"));
        assertEquals("USE", log.getString("items[0].kind"));
    }

    @Test
    void aRefusedAttemptIsLoggedToo() {
        UUID client = UUID.randomUUID();
        given().header("Authorization", Tokens.as("markku").roles(Role.MANAGER).bearer())
                .when().get("/api/client-things/" + client).then().statusCode(403);

        JsonPath log = byClient(client);
        assertEquals(1, log.getInt("total"));
        assertEquals(403, log.getInt("items[0].status"));
        assertEquals("p-markku", log.getString("items[0].actorId"));
    }

    @Test
    void everyClientOfAListIsLoggedAndARefusalNamesTheClientItRefused() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        given().header("Authorization", Tokens.as("aino").roles(Role.TEAM_MEMBER).teams("t1").bearer())
                .when().get("/api/client-things/pair/" + first + "/" + second).then().statusCode(200);
        assertEquals(1, byClient(first).getInt("total"));
        assertEquals(1, byClient(second).getInt("total"));

        UUID hidden = UUID.randomUUID();
        given().header("Authorization", Tokens.as("aino").roles(Role.TEAM_MEMBER).bearer())
                .when().get("/api/client-things/pair/" + UUID.randomUUID() + "/" + hidden).then().statusCode(404);
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

        given().header("Authorization", Tokens.as("aino").roles(Role.TEAM_MEMBER, Role.REFERRAL_HANDLER, Role.MANAGER).bearer())
                .when().get("/api/v1/access-log?clientId=" + client + "&from=2026-01-01&to=2026-01-02")
                .then().statusCode(403);
    }

    @Test
    void theQueryNamesWhatIsWrongWithIt() {
        given().header("Authorization", AUDITOR).when().get("/api/v1/access-log?from=2026-01-01&to=2026-01-02")
                .then().statusCode(400).body("errors.field", hasItem("clientId"));
        given().header("Authorization", AUDITOR)
                .when().get("/api/v1/access-log?actorId=x&from=2026-01-01&to=2027-06-01")
                .then().statusCode(400).body("errors.field", hasItem("to"));
        given().header("Authorization", AUDITOR)
                .when().get("/api/v1/access-log?clientId=nope&from=2026-01-01&to=2026-01-02")
                .then().statusCode(400).body("errors.field", hasItem("clientId"));
        given().header("Authorization", AUDITOR).when().get("/api/v1/access-log?actorId=x&to=2026-01-02")
                .then().statusCode(400).body("detail", containsString("from"));
    }

    @Test
    void aDisclosureIsRecordedInItsTransaction() {
        UUID client = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> writer.disclosure(client, "KELA via some.topic.v1", "PATHWAY_CLOSED"));
        assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            writer.disclosure(UUID.randomUUID(), "KELA via some.topic.v1", "PATHWAY_CLOSED");
            throw new IllegalStateException("the disclosing transaction fails");
        }));

        JsonPath log = byClient(client);
        assertEquals("DISCLOSURE", log.getString("items[0].kind"));
        assertEquals("KELA via some.topic.v1", log.getString("items[0].recipient"));
        assertEquals("platform-test", log.getString("items[0].actorId"));
        assertEquals(1L, count("kind = 'DISCLOSURE' and client_id = '" + client + "'"));
    }

    @Test
    void theLogCannotBeChangedOrEmptiedEvenByItsOwner() throws SQLException {
        UUID client = UUID.randomUUID();
        given().header("Authorization", Tokens.as("aino").roles(Role.TEAM_MEMBER).bearer())
                .when().get("/api/client-things/" + client).then().statusCode(200);
        for (String statement : List.of(
                "update access_log set actor_id = 'someone-else' where client_id = '" + client + "'",
                "delete from access_log where client_id = '" + client + "'",
                "truncate access_log")) {
            SQLException refused = assertThrows(SQLException.class, () -> execute(statement), statement);
            assertEquals("42501", refused.getSQLState(), statement);
        }
        assertEquals(1L, count("client_id = '" + client + "' and actor_id = 'p-aino'"));
    }

    @Test
    void withoutATokenNothingIsLoggedAndNothingShown() {
        UUID client = UUID.randomUUID();
        given().when().get("/api/client-things/" + client).then().statusCode(401);
        given().header("Authorization", AUDITOR).queryParam("clientId", client.toString())
                .queryParam("from", LocalDate.now(FinnishTime.ZONE).toString())
                .queryParam("to", LocalDate.now(FinnishTime.ZONE).toString())
                .when().get("/api/v1/access-log").then().body("total", equalTo(0));
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private long count(String where) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                var rows = statement.executeQuery("select count(*) from access_log where " + where)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
