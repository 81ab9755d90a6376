package fi.polku.indicator.dataset;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.polku.indicator.catalogue.Dimension;
import fi.polku.indicator.catalogue.Indicator;
import fi.polku.platform.testing.PolkuTest;
import fi.polku.platform.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The read model rebuilt from the topics answers exactly as the live one did, every indicator by every dimension,
 * even after the live one was damaged.
 */
@QuarkusTest
@PolkuTest
class RebuildTest {

    private static final String ANALYST = Tokens.bearer("anni", "analyst");

    @Inject
    EntityManager em;

    @Test
    void theRebuiltReadModelAnswersExactlyAsTheLiveOneDid() {
        PathwayDataSet set = DataSets.published();
        await().atMost(Duration.ofSeconds(120))
                .until(() -> DataSetTest.answer(
                                ANALYST, Indicator.PATHWAY_OUTCOMES, new DataSetTest.Question("year", null))
                        .equals(DataSetTest.expected(
                                set, Indicator.PATHWAY_OUTCOMES, new DataSetTest.Question("year", null))));
        Map<String, String> live = answers();

        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("delete from indicator_fact where indicator = 'REFERRALS_BY_SOURCE'")
                    .executeUpdate();
            em.createNativeQuery("update pathway_dim set area = 'Väärä alue'").executeUpdate();
        });
        assertNotEquals(live, answers(), "the damage shows in the answers");

        String location = startRebuild()
                .statusCode(202)
                .body("state", equalTo("RUNNING"))
                .extract()
                .header("Location");
        startRebuild().statusCode(409);
        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> !"RUNNING"
                        .equals(rebuild(location).statusCode(200).extract().path("state")));
        rebuild(location).body("state", equalTo("DONE"));
        int events = rebuild(location).extract().path("events");
        assertTrue(events > 2000, "every event of the data set was read again: " + events);

        assertEquals(live, answers());
        long leftOver = QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(
                                        "select count(*) from pg_tables where schemaname = 'indicator_rebuild'")
                                .getSingleResult())
                        .longValue());
        assertEquals(0, leftOver, "the rebuild's tables are gone once switched in");
    }

    private static ValidatableResponse startRebuild() {
        return given().header("Authorization", ANALYST)
                .when()
                .post("/api/v1/read-model/rebuilds")
                .then();
    }

    /** The rebuild at the Location its start answered. */
    private static ValidatableResponse rebuild(String location) {
        return given().header("Authorization", ANALYST).get(location).then();
    }

    /** Every indicator over ten years by year, whole and by each of its dimensions, as the API answers it. */
    private static Map<String, String> answers() {
        Map<String, String> answers = new LinkedHashMap<>();
        for (Indicator indicator : Indicator.values()) {
            for (Dimension dimension : indicator.dimensions()) {
                for (String groupBy : List.of("", dimension.parameter())) {
                    var request = given().header("Authorization", ANALYST)
                            .queryParam("from", "2031-01")
                            .queryParam("to", "2040-12")
                            .queryParam("period", "year");
                    if (!groupBy.isEmpty()) {
                        request.queryParam("groupBy", groupBy);
                    }
                    answers.put(
                            indicator + "/" + groupBy,
                            request.get("/api/v1/indicators/{code}", indicator.name())
                                    .then()
                                    .statusCode(200)
                                    .extract()
                                    .asString());
                }
            }
        }
        return answers;
    }
}
