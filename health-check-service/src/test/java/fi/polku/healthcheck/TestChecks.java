package fi.polku.healthcheck;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import fi.polku.platform.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Health checks, their follow-ups and the worklist over REST as a nurse asks for, books and reads them, for every test
 * of the service's API; and the problem an answer refusing a request carries.
 */
public final class TestChecks {

    public static final String NURSE = Tokens.bearer("hanna", "health-nurse");

    /** Where the problem types are. */
    public static final String PROBLEMS = "https://polku.fi/problems/";

    private TestChecks() {}

    public static ValidatableResponse post(String path, String body, Object... params) {
        return given().header("Authorization", NURSE)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(path, params)
                .then();
    }

    /** GETs {@code path} as {@code bearer} with the query given as name, value, name, value…; a null value is left out. */
    public static ValidatableResponse get(String bearer, String path, Object... query) {
        RequestSpecification request = given().header("Authorization", bearer);
        for (int i = 0; i < query.length; i += 2) {
            if (query[i + 1] != null) {
                request = request.queryParam((String) query[i], query[i + 1]);
            }
        }
        return request.when().get(path).then();
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

    /** Completes the check with the record given (JSON). */
    public static ValidatableResponse complete(String check, String record) {
        return post("/api/v1/health-checks/{id}/record", record, check);
    }

    /** Amends the check's record with the record given (JSON), saying why. */
    public static ValidatableResponse amend(String check, String reason, String record) {
        return post(
                "/api/v1/health-checks/{id}/amendments",
                "{\"reason\": \"" + reason + "\", \"record\": " + record + "}",
                check);
    }

    /** A valid record without notes or screening, its follow-ups those given (code → responsible), in their order. */
    public static String recordWith(Map<String, String> followUps) {
        StringBuilder items = new StringBuilder();
        followUps.forEach((code, responsible) -> items.append(items.isEmpty() ? "" : ", ")
                .append("{\"followUp\": \"%s\", \"responsible\": \"%s\"}".formatted(code, responsible)));
        return """
                {"visit": {"serviceType": "T29", "contactType": "R10", "spatCode": "SPAT1308", "reasonCodeSystem": "ICPC2",
                           "reasonCode": "A98"},
                 "workAbilityScore": 5,
                 "findings": {"physicalHealth": {"level": "SOME_CONCERN"}, "mentalHealth": {"level": "SOME_CONCERN"},
                              "substanceUse": {"level": "NO_CONCERN"}, "functionalAbility": {"level": "NO_CONCERN"},
                              "socialSituation": {"level": "NO_CONCERN"}},
                 "assessment": "PARTIALLY_ABLE", "followUps": [%s]}""".formatted(items);
    }

    /** The check as the API answers for it, with the query given ({@code "version", 2}), whatever the status. */
    public static ValidatableResponse find(String check, Object... query) {
        return get(NURSE, "/api/v1/health-checks/" + check, query);
    }

    /** The check as the API shows it now. */
    public static ValidatableResponse read(String check) {
        return find(check).statusCode(200);
    }

    /** The list of checks with the query given ({@code "clientId", client}), whatever the status. */
    public static ValidatableResponse checks(Object... query) {
        return get(NURSE, "/api/v1/health-checks", query);
    }

    /** The first page of the client's checks. */
    public static ValidatableResponse checksOf(UUID client) {
        return checks("clientId", client).statusCode(200);
    }

    /** The follow-ups with the query given ({@code "area", area, "open", "false"}), whatever the status. */
    public static ValidatableResponse followUps(Object... query) {
        return get(NURSE, "/api/v1/follow-ups", query);
    }

    /** The worklist with the query given ({@code "area", area, "size", 1}), whatever the status. */
    public static ValidatableResponse worklistPage(Object... query) {
        return get(NURSE, "/api/v1/worklist", query);
    }

    /** The clients of the area's worklist, in its order. */
    public static List<String> worklist(String area) {
        return worklistPage("area", area, "size", 200)
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.clientId");
    }

    /** A problem of {@code type} naming {@code field}, or no field when it is {@code null}. */
    public static ValidatableResponse problem(ValidatableResponse answer, int status, String type, String field) {
        return answer.statusCode(status)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + type))
                .body("status", equalTo(status))
                .body(field == null ? "errors" : "errors.field", field == null ? nullValue() : equalTo(List.of(field)));
    }
}
