package fi.polku.healthcheck;

import static io.restassured.RestAssured.given;

import fi.polku.platform.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Health checks over REST as a nurse asks for, books and reads them, for every test of the service's API. */
public final class TestChecks {

    public static final String NURSE = Tokens.bearer("hanna", "health-nurse");

    private TestChecks() {}

    public static ValidatableResponse post(String path, String body, Object... params) {
        return given().header("Authorization", NURSE)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(path, params)
                .then();
    }

    /** Asks for a check for {@code client}, with {@code more} JSON members after the client's id; returns its id. */
    public static String request(UUID client, String more) {
        return post("/api/v1/health-checks", "{\"clientId\": \"" + client + "\"" + more + "}")
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static ValidatableResponse book(String check, Instant at) {
        return post("/api/v1/health-checks/{id}/booking", """
                {"appointmentAt": "%s", "unit": "Oulun terveysasema", "professional": "Terveydenhoitaja Heikkinen",
                 "remote": false}""".formatted(at), check);
    }

    /** The check as the API shows it now. */
    public static ValidatableResponse read(String check) {
        return given().header("Authorization", NURSE)
                .when()
                .get("/api/v1/health-checks/{id}", check)
                .then()
                .statusCode(200);
    }

    /** The clients of the area's worklist, in its order. */
    public static List<String> worklist(String area) {
        return given().header("Authorization", NURSE)
                .queryParam("area", area)
                .queryParam("size", 200)
                .when()
                .get("/api/v1/worklist")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.clientId");
    }
}
