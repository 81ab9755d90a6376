package fi.polku.indicator.dataset;

import static io.restassured.RestAssured.given;

import fi.polku.platform.testing.Tokens;

/**
 * The data set, generated and published once per test run for every test that reads it, with the job seekers of its
 * municipalities imported.
 */
final class DataSets {

    /** Fixed, so that a failure can be reproduced; 400 pathways make several hundred in every figure's year. */
    private static final long SEED = 20351130L;

    private static PathwayDataSet published;

    private DataSets() {}

    static synchronized PathwayDataSet published() {
        if (published == null) {
            PathwayDataSet set = PathwayDataSet.generate(SEED, 400);
            String analyst = Tokens.bearer("anni", "analyst");
            given().header("Authorization", analyst)
                    .contentType("text/csv")
                    .body(set.municipalitiesCsv())
                    .put("/api/v1/reference-data/municipalities")
                    .then()
                    .statusCode(200);
            given().header("Authorization", analyst)
                    .contentType("text/csv")
                    .body(set.jobSeekersCsv())
                    .put("/api/v1/reference-data/unemployed-job-seekers")
                    .then()
                    .statusCode(200);
            set.publish();
            published = set;
        }
        return published;
    }
}
