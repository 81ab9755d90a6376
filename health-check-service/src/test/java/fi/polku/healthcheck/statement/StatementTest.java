package fi.polku.healthcheck.statement;

import static fi.polku.healthcheck.statement.TestStatements.ANALYST;
import static fi.polku.healthcheck.statement.TestStatements.DOCTOR;
import static fi.polku.healthcheck.statement.TestStatements.MANAGER;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import fi.polku.healthcheck.TestClients;
import fi.polku.platform.testing.PolkuTest;
import fi.polku.platform.testing.TestOutbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@PolkuTest
class StatementTest {

    @Inject
    EntityManager em;

    private static ValidatableResponse record(UUID client, String purpose, String profession, String writtenOn) {
        return TestStatements.record("""
                {"clientId": "%s", "purpose": "%s", "conclusion": "PARTIALLY_ABLE", "authorProfession": "%s",
                 "author": "Lääkäri Virtanen", "writtenOn": "%s", "text": "Lausunnon teksti: selkä ja mieliala."}""".formatted(client, purpose, profession, writtenOn));
    }

    @Test
    void statementsAreRecordedPublishedWithoutTheirTextAndCountedExactly() {
        UUID client = TestClients.unemployed(em, "Oulu", "564", "2024-01-01")[0];
        String day = "1999-03-15";
        record(client, "KELA_REHABILITATION", "DOCTOR", day)
                .statusCode(201)
                .body("author", equalTo("Lääkäri Virtanen"));
        record(client, "KELA_REHABILITATION", "DOCTOR", "1999-03-31").statusCode(201);
        record(client, "EMPLOYMENT_SERVICES", "PSYCHOLOGIST", "1999-01-01").statusCode(201);
        record(client, "EMPLOYER", "DOCTOR", "1999-04-01").statusCode(201);
        record(client, "EMPLOYER", "DOCTOR", "2999-01-01")
                .statusCode(400)
                .body("errors[0].field", equalTo("writtenOn"));
        record(UUID.randomUUID(), "EMPLOYER", "DOCTOR", day).statusCode(422);
        record(client, "PENSION", "DOCTOR", day).statusCode(400).body("errors[0].field", equalTo("purpose"));

        JsonPath counts = TestStatements.counts(ANALYST, "1999-01-01", "1999-03-31")
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(3, counts.getInt("total"));
        assertEquals(List.of("EMPLOYMENT_SERVICES", "KELA_REHABILITATION"), counts.getList("counts.purpose"));
        assertEquals(List.of("PSYCHOLOGIST", "DOCTOR"), counts.getList("counts.authorProfession"));
        assertEquals(List.of(1, 2), counts.getList("counts.statements"));
        TestStatements.counts(ANALYST, "1999-04-01", "1999-03-01")
                .statusCode(400)
                .body("errors[0].field", equalTo("to"));
        // Exact counts over any days could be subtracted from each other to find one client's statement: managers
        // read the statements as the suppressed indicator instead.
        TestStatements.counts(MANAGER, "1999-03-15", "1999-03-15").statusCode(403);
        TestStatements.ofClient(MANAGER, client).statusCode(403);
        TestStatements.ofClient(DOCTOR, client)
                .statusCode(200)
                .body("total", equalTo(4))
                .body("items[0].writtenOn", equalTo("1999-04-01"));

        for (TestOutbox.Published event : TestOutbox.about(em, client)) {
            assertEquals("fi.polku.health-check.work-ability-statement-recorded.v1", event.type());
            assertFalse(event.payload().contains("Lausunnon") || event.payload().contains("Virtanen"), event.payload());
        }
    }
}
