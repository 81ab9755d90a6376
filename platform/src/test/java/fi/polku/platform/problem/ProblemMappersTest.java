package fi.polku.platform.problem;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.polku.platform.testing.PolkuTest;
import fi.polku.platform.testing.PostgresDatabase;
import fi.polku.platform.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@PolkuTest
class ProblemMappersTest {

    @Inject
    EntityManager em;

    private static final String PROFESSIONAL = Tokens.bearer("liisa", "referral-handler", "team-member");
    private static final String NOTE = "{\"text\": \"a note\"}";
    private static final String VALID = """
            {"id": "%s", "name": "x", "colour": "RED", "municipalityCode": "564", "since": "2026-01-31", "score": 3}""".formatted(UUID.randomUUID());

    @Test
    void aValidRequestPasses() {
        given().header("Authorization", PROFESSIONAL)
                .contentType(ContentType.JSON)
                .body(VALID)
                .when()
                .post("/api/things")
                .then()
                .statusCode(200)
                .body("colour", equalTo("RED"));
    }

    @Test
    void malformedJsonIsA400Problem() {
        given().header("Authorization", PROFESSIONAL)
                .contentType(ContentType.JSON)
                .body("{\"id\": ")
                .when()
                .post("/api/things")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://polku.fi/problems/validation"))
                .body("status", equalTo(400))
                .body("detail", containsString("not well-formed JSON"));
    }

    @Test
    void missingFieldsAreEachNamed() {
        given().header("Authorization", PROFESSIONAL)
                .contentType(ContentType.JSON)
                .body("{}")
                .when()
                .post("/api/things")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors", hasSize(3))
                .body("errors.field", hasItem("id"))
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("colour"))
                .body("errors.message", hasItem("must not be null"));
    }

    @Test
    void anElementOfAListIsNamedWithItsIndex() {
        given().header("Authorization", PROFESSIONAL)
                .contentType(ContentType.JSON)
                .body(VALID.replace(
                        "}", ", \"tags\": [\"a\", \" \"], \"parts\": [{\"label\": \"x\"}, {\"label\": \"\"}]}"))
                .when()
                .post("/api/things")
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("parts[1].label", "tags[1]")));
    }

    @Test
    void anEmptyBodyIsNamed() {
        given().header("Authorization", PROFESSIONAL)
                .contentType(ContentType.JSON)
                .when()
                .post("/api/things")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("request"));
    }

    @Test
    void wrongTypesNameTheFieldAndTheExpectedType() {
        given().header("Authorization", PROFESSIONAL)
                .contentType(ContentType.JSON)
                .body(VALID.replace("\"RED\"", "\"BLUE\""))
                .when()
                .post("/api/things")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("colour"))
                .body("errors[0].message", containsString("RED"));
        given().header("Authorization", PROFESSIONAL)
                .contentType(ContentType.JSON)
                .body(VALID.replace("\"2026-01-31\"", "\"31.1.2026\""))
                .when()
                .post("/api/things")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("since"))
                .body("errors[0].message", containsString("YYYY-MM-DD"));
        given().header("Authorization", PROFESSIONAL)
                .contentType(ContentType.JSON)
                .body(VALID.replace("\"score\": 3", "\"score\": \"many\""))
                .when()
                .post("/api/things")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("score"));
    }

    @Test
    void ruleViolationsNameTheRule() {
        given().header("Authorization", PROFESSIONAL)
                .contentType(ContentType.JSON)
                .body(VALID.replace("\"564\"", "\"56\"").replace("\"score\": 3", "\"score\": 9"))
                .when()
                .post("/api/things")
                .then()
                .statusCode(400)
                .body("errors", hasSize(2))
                .body("errors.find { it.field == 'municipalityCode' }.message", equalTo("must be 3 digits"))
                .body("errors.find { it.field == 'score' }.message", containsString("less than or equal to 5"));
        given().header("Authorization", PROFESSIONAL)
                .when()
                .get("/api/things/{id}?limit=1000", UUID.randomUUID())
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("limit"));
    }

    @Test
    void notFoundConflictAndUnknownPathsAreProblems() {
        given().header("Authorization", PROFESSIONAL)
                .when()
                .get("/api/things/{id}", UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("title", equalTo("Not found"));
        given().header("Authorization", PROFESSIONAL)
                .when()
                .post("/api/things/{id}/close", UUID.randomUUID())
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://polku.fi/problems/state-conflict"));
        given().header("Authorization", PROFESSIONAL)
                .when()
                .get("/api/things/not-a-uuid")
                .then()
                .statusCode(404);
    }

    @Test
    void anUnexpectedFailureHidesItsInternals() {
        given().header("Authorization", PROFESSIONAL)
                .when()
                .get("/api/things/{id}", new UUID(42, 0))
                .then()
                .statusCode(500)
                .contentType("application/problem+json")
                .body("detail", containsString("incident"))
                .body(not(containsString("secret internal detail")))
                .body(not(containsString("IllegalStateException")));
    }

    @Test
    void anUnsupportedMethodWithoutATokenIsStill401() {
        given().when().delete("/api/things").then().statusCode(401);
        given().when().put("/api/things/{id}", UUID.randomUUID()).then().statusCode(401);
    }

    @Test
    void tokensAndRolesAreEnforced() {
        given().contentType(ContentType.JSON)
                .body(VALID)
                .when()
                .post("/api/things")
                .then()
                .statusCode(401);
        given().header("Authorization", Tokens.bearer("markku", "manager"))
                .contentType(ContentType.JSON)
                .body(VALID)
                .when()
                .post("/api/things")
                .then()
                .statusCode(403);
    }

    @Test
    void aTextTheDatabaseCouldNotStoreIsRefusedNamingItsFieldAndNothingIsWritten() {
        UUID thing = UUID.randomUUID();
        given().header("Authorization", PROFESSIONAL)
                .contentType(ContentType.JSON)
                .body("""
                        {"text": "before\\u0000after"}""")
                .when()
                .post("/api/things/{id}/notes", thing)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("text"))
                .body("errors[0].message", containsString("control characters"));
        assertEquals(
                0L,
                QuarkusTransaction.requiringNew()
                        .call(() -> ((Number) em.createNativeQuery(
                                                "select count(*) from outbox_event where aggregate_id = ?1")
                                        .setParameter(1, thing)
                                        .getSingleResult())
                                .longValue()));
    }

    @Test
    void aValueTheDatabaseRefusesAnywayIsA400NotA500() {
        var refused = new ProblemMappers()
                .unexpected(
                        new jakarta.persistence.PersistenceException(
                                new java.sql.SQLException("invalid byte sequence", "22021")),
                        null);
        assertEquals(400, refused.getStatus());
        assertEquals(
                "https://polku.fi/problems/unstorable-value",
                ((Problem) refused.getEntity()).type().toString());
    }

    @Test
    void noValueChangesItsMeaningOnTheWayIn() {
        for (String[] attempt : List.of(
                new String[] {VALID.replace("\"score\": 3", "\"score\": 3.7"), "score"},
                new String[] {VALID.replace("\"score\": 3", "\"score\": 4.0"), "score"},
                new String[] {VALID.replace("\"score\": 3", "\"score\": \"3\""), "score"},
                new String[] {VALID.replace("\"RED\"", "0"), "colour"},
                new String[] {VALID.replace("\"name\": \"x\"", "\"name\": 123"), "name"},
                new String[] {VALID.replace("\"name\": \"x\"", "\"name\": true"), "name"},
                new String[] {VALID.replace("\"score\": 3", "\"score\": \"\""), "score"},
                new String[] {VALID.replace("\"RED\"", "\"\""), "colour"},
                new String[] {VALID.replace("\"2026-01-31\"", "19000"), "since"},
                new String[] {VALID.replace("\"2026-01-31\"", "\"\""), "since"})) {
            given().header("Authorization", PROFESSIONAL)
                    .contentType(ContentType.JSON)
                    .body(attempt[0])
                    .when()
                    .post("/api/things")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo(attempt[1]));
        }
    }

    @Test
    void aTextThatIsNotWhatItLooksLikeIsRefusedNamingItsField() {
        for (String[] attempt : List.of(
                new String[] {"\"name\": \"A\\ud800B\"", "name", "unpaired surrogate"},
                new String[] {"\"name\": \"A\\udc00\"", "name", "unpaired surrogate"},
                new String[] {"\"name\": \"Maija\\u202eakkiN\"", "name", "bidirectional"},
                new String[] {"\"name\": \"x\", \"tags\": [\"ok\", \"ring\\u0007\"]", "tags[1]", "control"},
                new String[] {
                    "\"name\": \"x\", \"parts\": [{\"label\": \"\\u001b[31mred\"}]", "parts[0].label", "control"
                },
                new String[] {"\"name\": \"x\\uffff\"", "name", "non-characters"})) {
            given().header("Authorization", PROFESSIONAL)
                    .contentType(ContentType.JSON)
                    .body(VALID.replace("\"name\": \"x\"", attempt[0]))
                    .when()
                    .post("/api/things")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo(attempt[1]))
                    .body("errors[0].message", containsString(attempt[2]));
        }
        given().header("Authorization", PROFESSIONAL)
                .contentType(ContentType.JSON)
                .body(VALID.replace("\"name\": \"x\"", "\"name\": \"Åsa-Märta O'Brien \\ud83d\\ude00\""))
                .when()
                .post("/api/things")
                .then()
                .statusCode(200);
    }

    @Test
    void aFieldGivenTwiceIsA400NamingIt() {
        given().header("Authorization", PROFESSIONAL)
                .contentType(ContentType.JSON)
                .body("""
                        {"id": "%s", "name": "x", "colour": "RED", "name": "y"}""".formatted(UUID.randomUUID()))
                .when()
                .post("/api/things")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("name"))
                .body("errors[0].message", equalTo("must appear only once"));
    }

    @Test
    void aDatabaseThatIsAwayIsA503WithRetryAfterNotA500() throws Exception {
        try (AutoCloseable outage = PostgresDatabase.outage()) {
            given().header("Authorization", PROFESSIONAL)
                    .contentType(ContentType.JSON)
                    .body(NOTE)
                    .when()
                    .post("/api/things/{id}/notes", UUID.randomUUID())
                    .then()
                    .statusCode(503)
                    .header("Retry-After", "5")
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://polku.fi/problems/unavailable"))
                    .body("detail", not(containsString("Exception")));
        }
        // Connections the outage broke may fail once more each before the pool replaces them.
        await().atMost(Duration.ofSeconds(30))
                .until(() -> given().header("Authorization", PROFESSIONAL)
                                .contentType(ContentType.JSON)
                                .body(NOTE)
                                .when()
                                .post("/api/things/{id}/notes", UUID.randomUUID())
                                .statusCode()
                        == 204);
    }
}
