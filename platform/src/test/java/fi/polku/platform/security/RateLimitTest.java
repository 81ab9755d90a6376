package fi.polku.platform.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import fi.polku.platform.testing.PolkuTest;
import fi.polku.platform.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

@QuarkusTest
@PolkuTest
class RateLimitTest {

    @Inject
    EntityManager em;

    @Test
    void aCallerOverTheLimitWaitsAndOthersDoNot() {
        String guesser = Tokens.as("guesser").roles(Role.TEAM_MEMBER).bearer();
        for (int i = 0; i < 3; i++) {
            given().header("Authorization", guesser)
                    .when()
                    .get("/api/client-things/search")
                    .then()
                    .statusCode(200);
        }
        given().header("Authorization", guesser)
                .when()
                .get("/api/client-things/search")
                .then()
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("detail", containsString("At most 3 of these calls a minute"));
        given().header(
                        "Authorization",
                        Tokens.as("colleague").roles(Role.TEAM_MEMBER).bearer())
                .when()
                .get("/api/client-things/search")
                .then()
                .statusCode(200);
    }

    @Test
    void theLimitHoldsAcrossInstancesBecauseTheyCountInOneDatabase() {
        String guesser = Tokens.as("replica-guesser").roles(Role.TEAM_MEMBER).bearer();
        given().header("Authorization", guesser)
                .when()
                .get("/api/client-things/search")
                .then()
                .statusCode(200);
        // Another instance of the service took the caller's other calls of this minute.
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(
                                "update rate_limit_window set calls = calls + 2 where caller = 'p-replica-guesser'")
                        .executeUpdate());
        given().header("Authorization", guesser)
                .when()
                .get("/api/client-things/search")
                .then()
                .statusCode(429);
    }

    @Test
    void aCallerWithoutTheRoleIsRefusedForTheRoleNotCounted() {
        String outsider = Tokens.as("outsider").roles(Role.MANAGER).bearer();
        for (int i = 0; i < 5; i++) {
            given().header("Authorization", outsider)
                    .when()
                    .get("/api/client-things/search")
                    .then()
                    .statusCode(403)
                    .body("status", equalTo(403));
        }
    }
}
