package fi.polku.healthcheck.check;

import static fi.polku.healthcheck.TestChecks.post;
import static fi.polku.healthcheck.TestChecks.problem;
import static fi.polku.healthcheck.TestChecks.read;
import static fi.polku.healthcheck.TestChecks.request;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
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

    /** Records {@code body} on a fresh requested check: refused naming {@code field}, and nothing kept. */
    private void refused(String body, String field) {
        UUID client = TestClients.referred(em)[0];
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
    void theServiceTypeIsAnAvohilmoServiceType() {
        refused(TestRecords.valid("/visit/serviceType", "X29"), "visit.serviceType");
    }

    @Test
    void theContactTypeIsOneOfTheShippedSet() {
        refused(TestRecords.valid("/visit/contactType", "R99"), "visit.contactType");
    }

    @Test
    void theSpatCodeHasItsShape() {
        refused(TestRecords.valid("/visit/spatCode", "SPAT13"), "visit.spatCode");
    }

    @Test
    void theReasonFitsTheClassificationItNames() {
        refused(TestRecords.valid("/visit/reasonCode", "F32.1"), "visit.reasonCode");
    }

    @Test
    void theDiastolicPressureIsBelowTheSystolic() {
        refused(TestRecords.valid("/screening/bloodPressure/diastolic", 138), "screening.bloodPressure.diastolic");
    }

    @Test
    void aBmiHasAtMostOneDecimal() {
        refused(TestRecords.valid("/screening/bmi", 25.55), "screening.bmi");
    }

    @Test
    void aFollowUpIsNamedOnce() throws Exception {
        refused(
                TestRecords.valid(
                        "/followUps/1",
                        json.readTree("{\"followUp\": \"DOCTOR_APPOINTMENT\", \"responsible\": \"Niemi\"}")),
                "followUps[1].followUp");
    }

    @Test
    void theWorkAbilityScoreIsFromZeroToTen() {
        refused(TestRecords.valid("/workAbilityScore", 11), "workAbilityScore");
    }

    @Test
    void aScreeningIsInItsRange() {
        refused(TestRecords.valid("/screening/phq9", 28), "screening.phq9");
    }

    @Test
    void aFindingHasAKnownLevel() {
        refused(TestRecords.valid("/findings/mentalHealth/level", "SEVERE"), "findings.mentalHealth.level");
    }
}
