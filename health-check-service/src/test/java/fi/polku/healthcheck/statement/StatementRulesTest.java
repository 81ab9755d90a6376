package fi.polku.healthcheck.statement;

import static fi.polku.healthcheck.TestChecks.problem;
import static fi.polku.healthcheck.statement.TestStatements.ANALYST;
import static fi.polku.healthcheck.statement.TestStatements.DOCTOR;
import static fi.polku.healthcheck.statement.TestStatements.ofClient;
import static fi.polku.healthcheck.statement.TestStatements.record;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.polku.healthcheck.FixedClock;
import fi.polku.healthcheck.FixedClockProfile;
import fi.polku.healthcheck.TestClients;
import fi.polku.platform.testing.PolkuTest;
import fi.polku.platform.testing.TestOutbox;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * Every rule a work-ability statement, or a count of them, can break at the API, one test each on the fixed clock:
 * its status, problem type and field, and that no statement was kept or published.
 */
@QuarkusTest
@PolkuTest
@TestProfile(FixedClockProfile.class)
class StatementRulesTest {

    @Inject
    EntityManager em;

    /** A statement's body with one member replaced, as JSON text ({@code null} leaves it out). */
    private static String statement(UUID client, String member, String json) {
        String body = """
                {"clientId": "%s", "pathwayId": null, "purpose": "KELA_REHABILITATION", "conclusion": "PARTIALLY_ABLE",
                 "authorProfession": "DOCTOR", "author": "Lääkäri Virtanen", "writtenOn": "%s",
                 "text": "Lausunnon teksti."}""".formatted(client, FixedClock.TODAY);
        if (member == null) {
            return body;
        }
        return body.replaceFirst(
                "\"" + member + "\": (null|\"[^\"]*\")", Matcher.quoteReplacement("\"" + member + "\": " + json));
    }

    private static int statementsOf(UUID client) {
        return ofClient(DOCTOR, client).statusCode(200).extract().path("total");
    }

    /** The refused statement kept nothing about the client and published nothing. */
    private void nothingKept(UUID client, int statements) {
        assertEquals(statements, statementsOf(client));
        assertEquals(
                statements,
                TestOutbox.typesAbout(em, client).stream()
                        .filter("fi.polku.health-check.work-ability-statement-recorded.v1"::equals)
                        .count());
    }

    @Test
    void aStatementIsWrittenNoLaterThanTodayInFinland() {
        UUID client = TestClients.referred(em)[0];
        LocalDate today = FixedClock.TODAY;
        assertEquals(today, FixedClock.today());
        assertEquals(today.minusDays(1), LocalDate.ofInstant(FixedClock.NOW, ZoneOffset.UTC), "still yesterday in UTC");

        record(statement(client, "writtenOn", "\"" + today + "\""))
                .statusCode(201)
                .body("writtenOn", equalTo(today.toString()))
                .body("recordedAt", equalTo(FixedClock.NOW.toString()))
                .body("recordedBy", equalTo("p-lauri"));
        problem(record(statement(client, "writtenOn", "\"" + today.plusDays(1) + "\"")), 400, "validation", "writtenOn")
                .body("errors[0].message", equalTo("must not be in the future"));

        nothingKept(client, 1);
        JsonPath published =
                JsonPath.from(TestOutbox.about(em, client).getLast().payload());
        assertEquals(today.toString(), published.getString("writtenOn"));
        assertEquals(FixedClock.NOW.toString(), published.getString("recordedAt"));
    }

    @Test
    void aStatementIsWrittenOnAPlausibleDay() {
        UUID client = TestClients.referred(em)[0];

        problem(record(statement(client, "writtenOn", "\"1899-12-31\"")), 400, "validation", "writtenOn");
        problem(record(statement(client, "writtenOn", "\"2101-01-01\"")), 400, "validation", "writtenOn");
        nothingKept(client, 0);

        record(statement(client, "writtenOn", "\"1900-01-01\"")).statusCode(201);
    }

    @Test
    void aStatementIsForAClientHealthCheckServiceKnows() {
        UUID stranger = UUID.randomUUID();

        problem(record(statement(stranger, null, null)), 422, "rule/known-client", "clientId");

        nothingKept(stranger, 0);
    }

    @Test
    void aStatementOnAPathwayIsOnOneOfTheClientsOwn() {
        UUID[] client = TestClients.referred(em);
        UUID[] other = TestClients.referred(em);

        problem(
                record(statement(client[0], "pathwayId", "\"" + other[1] + "\"")),
                422,
                "rule/client-pathway",
                "pathwayId");
        nothingKept(client[0], 0);

        record(statement(client[0], "pathwayId", "\"" + client[1] + "\""))
                .statusCode(201)
                .body("pathwayId", equalTo(client[1].toString()));
    }

    @Test
    void aStatementNamesAKnownPurposeConclusionAndProfession() {
        UUID client = TestClients.referred(em)[0];

        for (String[] wrong : List.of(
                new String[] {"purpose", "\"PENSION\""},
                new String[] {"conclusion", "\"MAYBE\""},
                new String[] {"authorProfession", "\"WIZARD\""},
                new String[] {"purpose", "null"})) {
            problem(record(statement(client, wrong[0], wrong[1])), 400, "validation", wrong[0]);
        }
        nothingKept(client, 0);
    }

    @Test
    void aStatementNamesItsAuthorOnOneLine() {
        UUID client = TestClients.referred(em)[0];

        for (String author : List.of("\" \"", "\"Lääkäri\\nVirtanen\"", "\"" + "x".repeat(201) + "\"")) {
            problem(record(statement(client, "author", author)), 400, "validation", "author");
        }
        nothingKept(client, 0);
    }

    @Test
    void aClientsStatementsAreReadByTheClient() {
        problem(ofClient(DOCTOR, null), 400, "validation", "clientId");
    }

    private static ValidatableResponse counts(String from, String to) {
        return TestStatements.counts(ANALYST, from, to);
    }

    @Test
    void countsAreForTheDaysFromAndTo() {
        problem(counts(null, "2026-03-16"), 400, "validation", "from");
        problem(counts("2026-03-01", null), 400, "validation", "to");
        problem(counts("1.3.2026", "2026-03-16"), 400, "validation", "from");
    }

    @Test
    void countsRunForwardForAtMostTenYears() {
        problem(counts("2026-03-16", "2026-03-15"), 400, "validation", "to");
        problem(counts("2016-03-16", "2026-03-16"), 400, "validation", "to");

        counts("2016-03-17", "2026-03-16")
                .statusCode(200)
                .body("from", equalTo("2016-03-17"))
                .body("to", equalTo("2026-03-16"));
        counts("2026-03-16", "2026-03-16").statusCode(200);
    }
}
