package fi.polku.indicator.reference;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.polku.events.EventType;
import fi.polku.platform.testing.PolkuTest;
import fi.polku.platform.testing.TestEvents;
import fi.polku.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Reference data imported as CSV, checked whole before anything is written, and the health-check coverage and
 * regional statistics that stand on it. Its municipalities and year (2031) are its own.
 */
@QuarkusTest
@PolkuTest
class ReferenceDataTest {

    private static final String ANALYST = Tokens.bearer("anni", "analyst");
    private static final String MANAGER = Tokens.bearer("markku", "manager");
    private static final String MUNICIPALITIES = """
            municipality_code,name_fi,name_sv,county_code,county_name
            139,Ii,,HV17,Pohjois-Pohjanmaan hyvinvointialue
            305,Kuusamo,,HV17,"Pohjois-Pohjanmaan hyvinvointialue, Koillismaa"
            """;
    private static boolean imported;

    private static JsonPath put(String dataset, String csv, int status) {
        return importing(ANALYST, dataset, csv).statusCode(status).extract().jsonPath();
    }

    private static ValidatableResponse importing(String token, String dataset, String csv) {
        return given().header("Authorization", token)
                .contentType("text/csv")
                .body(csv)
                .when()
                .put("/api/v1/reference-data/{dataset}", dataset)
                .then();
    }

    /** The field a refused import names first. */
    private static String refusedField(String dataset, String csv) {
        return put(dataset, csv, 400).getString("errors[0].field");
    }

    private static synchronized void imported() {
        if (imported) {
            return;
        }
        imported = true;
        put("municipalities", MUNICIPALITIES, 200);
        put("unemployed-job-seekers", """
                municipality_code,month,job_seekers
                139,2031-01,600
                139,2031-02,610
                139,2031-03,620
                305,2031-01,900
                305,2031-02,900
                305,2031-03,900
                """, 200);
        put("regional-statistics", """
                statistic,region_code,year,value
                NEET_YOUTH_SHARE,139,2030,11.2
                NEET_YOUTH_SHARE,HV17,2030,9.8
                DISABILITY_PENSIONS_MENTAL_18_34,HV17,2030,2.41
                """, 200);
        // Twelve checks in Ii and three in Kuusamo in the first quarter of 2031.
        for (int i = 0; i < 15; i++) {
            UUID client = UUID.randomUUID();
            String json = TestEvents.sample(
                            EventType.HEALTH_CHECK_COMPLETED,
                            Map.of(
                                    "healthCheckId",
                                    UUID.randomUUID().toString(),
                                    "clientId",
                                    client.toString(),
                                    "municipalityCode",
                                    i < 12 ? "139" : "305",
                                    "completedAt",
                                    "2031-0" + (1 + i % 3) + "-10T10:00:00Z"))
                    .replaceFirst("\"pathwayId\": \"[^\"]*\"", "\"pathwayId\": null");
            TestEvents.publish(
                    EventType.HEALTH_CHECK_COMPLETED, UUID.randomUUID(), client, "2031-03-10T10:00:00Z", json);
        }
    }

    @Test
    void theImportedMunicipalitiesAndRegionalStatisticsReadBack() {
        imported();
        given().header("Authorization", MANAGER)
                .get("/api/v1/reference-data/municipalities")
                .then()
                .statusCode(200)
                .body(
                        "find { it.code == '305' }.countyName",
                        equalTo("Pohjois-Pohjanmaan hyvinvointialue, Koillismaa"));
        JsonPath statistics = given().header("Authorization", MANAGER)
                .queryParam("from", 2030)
                .queryParam("to", 2030)
                .get("/api/v1/regional-statistics")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(List.of("DISABILITY_PENSIONS_MENTAL_18_34", "NEET_YOUTH_SHARE"), statistics.getList("statistic"));
        assertEquals(
                List.of("139", "HV17"),
                statistics.getList("find { it.statistic == 'NEET_YOUTH_SHARE' }" + ".values.region"));
        assertEquals("Ii", statistics.getString("find { it.statistic == 'NEET_YOUTH_SHARE' }.values[0].regionName"));
        assertEquals(11.2f, statistics.getFloat("find { it.statistic == 'NEET_YOUTH_SHARE' }.values[0].value"));
        given().header("Authorization", ANALYST)
                .get("/api/v1/reference-data/imports")
                .then()
                .statusCode(200)
                .body("dataset", hasItem("regional-statistics"));
    }

    @Test
    void coverageIsChecksPer100JobSeekersAndSuppressedForAManagerAsCountsAre() {
        imported();
        await().atMost(Duration.ofSeconds(30)).until(() -> coverage(ANALYST).getInt("totals[0].n") == 15);
        JsonPath analyst = coverage(ANALYST);
        assertEquals(List.of("139", "305"), analyst.getList("rows.group"));
        // Ii: 12 checks over a mean of 610 job seekers; Kuusamo 3 over 900; together 15 over 1,510.
        assertEquals(List.of(2.0f, 0.3f), analyst.getList("rows.value"));
        assertEquals(List.of(12, 3), analyst.getList("rows.n"));
        assertEquals(1.0f, analyst.getFloat("totals[0].value"));

        JsonPath manager = coverage(MANAGER);
        assertEquals(
                Arrays.asList(null, null),
                manager.getList("rows.value"),
                "Kuusamo's 3 checks are hidden, and so is Ii's 12, or the county's figure would give them away");
        assertEquals(1.0f, manager.getFloat("totals[0].value"));
    }

    private static JsonPath coverage(String token) {
        return given().header("Authorization", token)
                .queryParam("from", "2031-01")
                .queryParam("to", "2031-03")
                .queryParam("period", "quarter")
                .queryParam("groupBy", "municipality")
                .get("/api/v1/indicators/HEALTH_CHECK_COVERAGE")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void aFileWithOneBadLineIsRefusedNamingTheLineAndNothingOfItIsWritten() {
        imported();
        assertEquals("line 3: month", refusedField("unemployed-job-seekers", """
                municipality_code,month,job_seekers
                139,2031-01,1
                139,2031-13,600
                """));
        coverageStillStandsOn610();

        assertEquals("header", refusedField("unemployed-job-seekers", "municipality,month,count\n139,2031-01,1\n"));
        assertEquals(
                "line 2: municipality_code",
                refusedField("unemployed-job-seekers", "municipality_code,month,job_seekers\n999,2031-01,1\n"));
        assertEquals(
                "line 3: municipality_code",
                refusedField(
                        "unemployed-job-seekers",
                        "municipality_code,month,job_seekers\n139,2031-01,1\n139,2031-01,2\n"));
        assertEquals(
                "line 2: job_seekers",
                refusedField("unemployed-job-seekers", "municipality_code,month,job_seekers\n139,2031-01,-5\n"));
        assertEquals(
                "line 2",
                refusedField(
                        "municipalities", "municipality_code,name_fi,name_sv,county_code,county_name\n" + "139,Ii\n"));
        assertEquals(
                "line 2: statistic",
                refusedField("regional-statistics", "statistic,region_code,year,value\nHAPPINESS,139,2030,1\n"));
        assertEquals("body", refusedField("municipalities", "municipality_code,name_fi\n\"139,Ii\n"));
        importing(ANALYST, "weather", "a\n").statusCode(404);
        importing(MANAGER, "municipalities", MUNICIPALITIES).statusCode(403);
        coverageStillStandsOn610();
    }

    private static void coverageStillStandsOn610() {
        await().atMost(Duration.ofSeconds(30)).until(() -> coverage(ANALYST).getInt("totals[0].n") == 15);
        assertEquals(2.0f, coverage(ANALYST).getFloat("rows[0].value"), "Ii's job seekers are as imported");
    }
}
