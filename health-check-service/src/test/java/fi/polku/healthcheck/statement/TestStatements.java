package fi.polku.healthcheck.statement;

import static io.restassured.RestAssured.given;

import fi.polku.healthcheck.TestChecks;
import fi.polku.platform.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.UUID;

/** Work-ability statements over REST: recorded by a doctor, listed and counted as whoever asks. */
final class TestStatements {

    static final String DOCTOR = Tokens.bearer("lauri", "doctor");
    static final String ANALYST = Tokens.bearer("anni", "analyst");
    static final String MANAGER = Tokens.bearer("markku", "manager");

    private TestStatements() {}

    /** Records the statement {@code body} (JSON) as the doctor. */
    static ValidatableResponse record(String body) {
        return given().header("Authorization", DOCTOR)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/work-ability-statements")
                .then();
    }

    /** The client's statements as {@code bearer} reads them; no client asked for when it is {@code null}. */
    static ValidatableResponse ofClient(String bearer, UUID client) {
        return TestChecks.get(bearer, "/api/v1/work-ability-statements", "clientId", client);
    }

    /** The counts for the days {@code from}–{@code to} as {@code bearer} reads them; a day left {@code null} is not sent. */
    static ValidatableResponse counts(String bearer, String from, String to) {
        return TestChecks.get(bearer, "/api/v1/work-ability-statements/counts", "from", from, "to", to);
    }
}
