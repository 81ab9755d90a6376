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
            imported("municipalities", set.municipalitiesCsv());
            imported("unemployed-job-seekers", set.jobSeekersCsv());
            set.publish();
            published = set;
        }
        return published;
    }

    private static void imported(String dataset, String csv) {
        given().header("Authorization", Tokens.bearer("anni", "analyst"))
                .contentType("text/csv")
                .body(csv)
                .put("/api/v1/reference-data/{dataset}", dataset)
                .then()
                .statusCode(200);
    }
}
