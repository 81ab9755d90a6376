package fi.polku.healthcheck.check;

import static fi.polku.healthcheck.TestChecks.followUps;
import static fi.polku.healthcheck.TestChecks.post;
import static fi.polku.healthcheck.TestChecks.request;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.polku.healthcheck.TestClients;
import fi.polku.platform.testing.PolkuTest;
import fi.polku.platform.testing.TestOutbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@PolkuTest
class FollowUpTest {

    @Inject
    EntityManager em;

    @Test
    void followUpsAreListedByResponsibleAndAreaAndClosedOnceWithAResult() {
        String area = "Alue-" + UUID.randomUUID();
        UUID client = TestClients.unemployed(em, area, "564", "2024-05-01")[0];
        String check = request(client, "");
        post("/api/v1/health-checks/{id}/record", TestRecords.valid(), check).statusCode(200);

        JsonPath open =
                followUps("area", area.toUpperCase()).statusCode(200).extract().jsonPath();
        assertEquals(List.of("DOCTOR_APPOINTMENT", "MENTAL_HEALTH_SERVICES"), open.getList("items.followUp"));
        JsonPath doctors = followUps("area", area, "responsible", "lääkäri virtanen")
                .extract()
                .jsonPath();
        assertEquals(1, doctors.getInt("total"));
        String followUp = doctors.getString("items[0].id");

        post("/api/v1/follow-ups/{id}/closure", "{\"result\": \"DONE\"}", followUp)
                .statusCode(200)
                .body("result", equalTo("DONE"));
        post("/api/v1/follow-ups/{id}/closure", "{\"result\": \"DONE\"}", followUp)
                .statusCode(409);
        post("/api/v1/follow-ups/{id}/closure", "{\"result\": \"MAYBE\"}", followUp)
                .statusCode(400);
        followUps("area", area).body("total", equalTo(1)).body("items[0].followUp", equalTo("MENTAL_HEALTH_SERVICES"));
        followUps("area", area, "open", "false").body("total", equalTo(2));
        TestOutbox.Published closed = TestOutbox.about(em, client).getLast();
        assertEquals("fi.polku.health-check.follow-up-closed.v1", closed.type());
        assertEquals(true, closed.payload().contains("\"result\": \"DONE\""));
    }
}
