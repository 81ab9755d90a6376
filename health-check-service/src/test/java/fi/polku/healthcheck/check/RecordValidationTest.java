package fi.polku.healthcheck.check;

import static fi.polku.healthcheck.TestChecks.find;
import static fi.polku.healthcheck.TestChecks.post;
import static fi.polku.healthcheck.TestChecks.request;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.healthcheck.TestClients;
import fi.polku.platform.testing.PolkuTest;
import fi.polku.platform.testing.TestOutbox;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every validation of a record, each bound from both sides and each unknown code, over REST: a refusal names the
 * field and keeps nothing; an amendment keeps the original.
 */
@QuarkusTest
@PolkuTest
class RecordValidationTest {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Test
    void everyOutOfRangeValueAndUnknownCodeIsA400NamingTheFieldAndKeepsNothing() throws Exception {
        UUID client = TestClients.unemployed(em, "Oulu", "564", "2024-05-01")[0];
        String check = request(client, "");
        Map<String, Object[]> refused = new LinkedHashMap<>();
        // A fraction is never truncated to a whole score, nor a number read from a text: 6.99 would have been 6.
        refused.put("workAbilityScore", new Object[] {"/workAbilityScore", -1, 11, 6.99, "6"});
        refused.put("screening.auditC", new Object[] {"/screening/auditC", -1, 13});
        refused.put("screening.phq9", new Object[] {"/screening/phq9", -1, 28, 14.9});
        refused.put(
                "findings.physicalHealth.note",
                new Object[] {"/findings/physicalHealth/note", "Selkä\u0007kipua", "Sel\u202eakipua"});
        refused.put("followUps[0].responsible", new Object[] {"/followUps/0/responsible", "Lääkäri\u0007Virtanen"});
        refused.put("note", new Object[] {"/note", "\u001b[2JYhteenveto"});
        refused.put("screening.bloodPressure.systolic", new Object[] {"/screening/bloodPressure/systolic", 59, 261});
        refused.put("screening.bloodPressure.diastolic", new Object[] {"/screening/bloodPressure/diastolic", 29, 161});
        refused.put("screening.bmi", new Object[] {"/screening/bmi", 9.9, 80.1, 25.55});
        refused.put("visit.serviceType", new Object[] {"/visit/serviceType", "X29", "T2", "T299"});
        refused.put("visit.contactType", new Object[] {"/visit/contactType", "R99", "R1", "visit"});
        refused.put("visit.spatCode", new Object[] {"/visit/spatCode", "SPAT13", "SPOT1308"});
        refused.put("visit.reasonCode", new Object[] {"/visit/reasonCode", "C98", "A9", "A98.1"});
        refused.put("visit.reasonCodeSystem", new Object[] {"/visit/reasonCodeSystem", "ICD9"});
        refused.put("findings.mentalHealth.level", new Object[] {"/findings/mentalHealth/level", "SEVERE"});
        refused.put("assessment", new Object[] {"/assessment", "RETIRED"});
        refused.put("followUps[0].followUp", new Object[] {"/followUps/0/followUp", "ACUPUNCTURE"});
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Object[]> field : refused.entrySet()) {
            Object[] spec = field.getValue();
            for (int i = 1; i < spec.length; i++) {
                var answer = post(
                                "/api/v1/health-checks/{id}/record",
                                TestRecords.valid((String) spec[0], spec[i]),
                                check)
                        .extract();
                String named = answer.statusCode() == 400 ? answer.jsonPath().getString("errors[0].field") : null;
                if (!field.getKey().equals(named)) {
                    wrong.add(field.getKey() + " = " + spec[i] + ": " + answer.statusCode() + " naming " + named);
                }
            }
        }
        var diastolicAbove = post(
                        "/api/v1/health-checks/{id}/record",
                        TestRecords.valid("/screening/bloodPressure/diastolic", 140),
                        check)
                .extract();
        assertEquals(400, diastolicAbove.statusCode());
        assertEquals(
                "screening.bloodPressure.diastolic", diastolicAbove.jsonPath().getString("errors[0].field"));
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        find(check).body("status", equalTo("REQUESTED")).body("versions.size()", equalTo(0));

        List<String> accepted = List.of(
                TestRecords.valid("/workAbilityScore", 0),
                TestRecords.valid("/screening/phq9", 27),
                TestRecords.valid("/screening/bmi", 80.0),
                TestRecords.valid("/visit/reasonCodeSystem", "ICD10").replace("\"A98\"", "\"F32.1\""));
        for (String record : accepted) {
            post("/api/v1/health-checks/{id}/record", record, check).statusCode(200);
            check = request(client, "");
        }
    }

    @Test
    void anAmendmentKeepsTheOriginalAndTheFollowUpsFollowIt() throws Exception {
        UUID client = TestClients.unemployed(em, "Raahe", "678", "2024-05-01")[0];
        String check = request(client, "");
        post(
                        "/api/v1/health-checks/{id}/amendments",
                        "{\"reason\": \"x\", \"record\": " + TestRecords.valid() + "}",
                        check)
                .statusCode(409);
        post("/api/v1/health-checks/{id}/record", TestRecords.valid(), check).statusCode(200);
        ObjectNode amended = (ObjectNode) json.readTree(TestRecords.valid("/screening/phq9", 9));
        amended.set("followUps", json.readTree("""
                [{"followUp": "PHYSIOTHERAPY", "responsible": "Fysioterapeutti Mäki"}]"""));
        String body = json.writeValueAsString(Map.of("reason", "PHQ-9 kirjattu väärin", "record", amended));
        post("/api/v1/health-checks/{id}/amendments", body, check)
                .statusCode(201)
                .body("recordVersion", equalTo(2))
                .body("record.screening.phq9", equalTo(9))
                .body("versions.size()", equalTo(2))
                .body("versions[1].amendmentReason", equalTo("PHQ-9 kirjattu väärin"));
        find(check, "version", 1)
                .statusCode(200)
                .body("recordVersion", equalTo(1))
                .body("record.screening.phq9", equalTo(14));
        find(check, "version", 3).statusCode(404);
        find(check)
                .body("followUps.findAll { it.closedAt == null }.followUp", equalTo(List.of("PHYSIOTHERAPY")))
                .body("followUps.findAll { it.result == 'NOT_NEEDED' }.size()", equalTo(2));
        List<String> types = TestOutbox.about(em, client).stream()
                .map(TestOutbox.Published::type)
                .toList();
        assertEquals(
                List.of(
                        "fi.polku.health-check.requested.v1",
                        "fi.polku.health-check.completed.v1",
                        "fi.polku.health-check.follow-up-closed.v1",
                        "fi.polku.health-check.follow-up-closed.v1",
                        "fi.polku.health-check.amended.v1"),
                types);
    }
}
