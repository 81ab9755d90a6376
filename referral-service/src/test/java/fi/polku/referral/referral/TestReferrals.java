package fi.polku.referral.referral;

import fi.polku.referral.TestApi;
import io.restassured.path.json.JsonPath;

/** Referrals received the way referrers send them: through the API. */
public final class TestReferrals {

    private TestReferrals() {}

    /** Sends the referral {@code body} as {@code bearer}; the answer to its receipt, which must be 201. */
    public static JsonPath received(String bearer, String body) {
        return TestApi.post(bearer, body, "/api/v1/referrals")
                .statusCode(201)
                .extract()
                .jsonPath();
    }
}
