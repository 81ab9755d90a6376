package fi.polku.healthcheck.check;

import static fi.polku.healthcheck.TestChecks.post;
import static fi.polku.healthcheck.TestChecks.read;
import static fi.polku.healthcheck.TestChecks.request;
import static fi.polku.healthcheck.check.HealthCheckRefusalTest.problem;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.healthcheck.FixedClock;
import fi.polku.healthcheck.FixedClockProfile;
import fi.polku.healthcheck.TestClients;
import fi.polku.platform.testing.PolkuTest;
import fi.polku.platform.testing.TestOutbox;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Each of the record's own rules ({@link RecordRules}) and a range of each kind, broken at the API one test each on
 * the fixed clock: a 400 validation problem naming the field, and the check left as it was — requested, no record,
 * no follow-ups, nothing published. {@code RecordValidationTest} walks every bound of every field.
 */
@QuarkusTest
@PolkuTest
@TestProfile(FixedClockProfile.class)
class RecordRefusalTest {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    /** The valid record with the value at {@code pointer} replaced. */
    private String with(String pointer, Object value) throws Exception {
        JsonNode record = json.readTree(TestRecords.valid());
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = record.at(pointer.substring(0, slash));
        String name = pointer.substring(slash + 1);
        if (parent.isArray()) {
            ((ArrayNode) parent).set(Integer.parseInt(name), json.valueToTree(value));
        } else {
            ((ObjectNode) parent).set(name, json.valueToTree(value));
        }
        return json.writeValueAsString(record);
    }

    /** Records {@code body} on a fresh requested check: refused naming {@code field}, and nothing kept. */
    private void refused(String body, String field) {
        UUID client = TestClients.referred(em, "Oulu", "564", "UNEMPLOYED", "2024-05-01", FixedClock.NOW)[0];
        String check = request(client, "");
        String before = read(check).extract().asString();

        problem(post("/api/v1/health-checks/{id}/record", body, check), 400, "validation", field);

        read(check)
                .body("status", equalTo("REQUESTED"))
                .body("versions.size()", equalTo(0))
                .body("followUps.size()", equalTo(0));
        assertEquals(before, read(check).extract().asString());
        assertEquals(List.of("fi.polku.health-check.requested.v1"), TestOutbox.typesAbout(em, client));
    }

    @Test
    void theServiceTypeIsAnAvohilmoServiceType() throws Exception {
        refused(with("/visit/serviceType", "X29"), "visit.serviceType");
    }

    @Test
    void theContactTypeIsOneOfTheShippedSet() throws Exception {
        refused(with("/visit/contactType", "R99"), "visit.contactType");
    }

    @Test
    void theSpatCodeHasItsShape() throws Exception {
        refused(with("/visit/spatCode", "SPAT13"), "visit.spatCode");
    }

    @Test
    void theReasonFitsTheClassificationItNames() throws Exception {
        refused(with("/visit/reasonCode", "F32.1"), "visit.reasonCode");
    }

    @Test
    void theDiastolicPressureIsBelowTheSystolic() throws Exception {
        refused(with("/screening/bloodPressure/diastolic", 138), "screening.bloodPressure.diastolic");
    }

    @Test
    void aBmiHasAtMostOneDecimal() throws Exception {
        refused(with("/screening/bmi", 25.55), "screening.bmi");
    }

    @Test
    void aFollowUpIsNamedOnce() throws Exception {
        refused(
                with(
                        "/followUps/1",
                        json.readTree("{\"followUp\": \"DOCTOR_APPOINTMENT\", \"responsible\": \"Niemi\"}")),
                "followUps[1].followUp");
    }

    @Test
    void theWorkAbilityScoreIsFromZeroToTen() throws Exception {
        refused(with("/workAbilityScore", 11), "workAbilityScore");
    }

    @Test
    void aScreeningIsInItsRange() throws Exception {
        refused(with("/screening/phq9", 28), "screening.phq9");
    }

    @Test
    void aFindingHasAKnownLevel() throws Exception {
        refused(with("/findings/mentalHealth/level", "SEVERE"), "findings.mentalHealth.level");
    }
}
