package fi.polku.referral;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * The service's HTTP API as the tests call it: as the caller a bearer token names, with a JSON body where the call
 * sends one. Each call answers for the test to assert on, status first.
 */
public final class TestApi {

    private TestApi() {}

    /** A request as {@code bearer}, for what the calls below do not set (query parameters, other headers). */
    public static RequestSpecification as(String bearer) {
        return given().header("Authorization", bearer);
    }

    public static ValidatableResponse get(String bearer, String path, Object... pathParams) {
        return as(bearer).when().get(path, pathParams).then();
    }

    public static ValidatableResponse post(String bearer, String body, String path, Object... pathParams) {
        return json(bearer, body).when().post(path, pathParams).then();
    }

    public static ValidatableResponse put(String bearer, String body, String path, Object... pathParams) {
        return json(bearer, body).when().put(path, pathParams).then();
    }

    /** A request as {@code bearer} sending {@code body} as JSON. */
    public static RequestSpecification json(String bearer, String body) {
        return as(bearer).contentType(ContentType.JSON).body(body);
    }
}
