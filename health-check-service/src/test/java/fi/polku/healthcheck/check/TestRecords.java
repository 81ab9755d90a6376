package fi.polku.healthcheck.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.events.HealthCheckFollowUp;
import fi.polku.events.WorkAbilityAssessment;
import java.math.BigDecimal;
import java.util.List;

/**
 * A complete, valid record of a check, as JSON for tests to send whole or with one field broken, and as the
 * {@link RecordContent} it binds to, for the unit tests to change one part of.
 */
final class TestRecords {

    static final String NOTE = "Mieliala matala puoli vuotta, nukkuu huonosti";

    private static final ObjectMapper JSON = new ObjectMapper();

    private TestRecords() {}

    static String valid() {
        return """
                {"visit": {"serviceType": "T29", "contactType": "R10", "spatCode": "SPAT1308", "reasonCodeSystem": "ICPC2",
                           "reasonCode": "A98"},
                 "workAbilityScore": 6,
                 "findings": {"physicalHealth": {"level": "SOME_CONCERN", "note": "Selkäkipua"},
                              "mentalHealth": {"level": "SIGNIFICANT_CONCERN", "note": "%s"},
                              "substanceUse": {"level": "NO_CONCERN"},
                              "functionalAbility": {"level": "SOME_CONCERN"},
                              "socialSituation": {"level": "SOME_CONCERN"}},
                 "screening": {"auditC": 3, "phq9": 14, "bloodPressure": {"systolic": 138, "diastolic": 86}, "bmi": 29.1},
                 "assessment": "PARTIALLY_ABLE",
                 "followUps": [{"followUp": "DOCTOR_APPOINTMENT", "responsible": "Lääkäri Virtanen"},
                               {"followUp": "MENTAL_HEALTH_SERVICES", "responsible": "Psykiatrinen sairaanhoitaja Niemi"}],
                 "note": "Yhteenveto: %s"}""".formatted(NOTE, NOTE);
    }

    /** {@link #valid()} with the value at the JSON pointer {@code pointer} (an object's member or an array's item) replaced. */
    static String valid(String pointer, Object value) {
        try {
            JsonNode record = JSON.readTree(valid());
            int slash = pointer.lastIndexOf('/');
            JsonNode parent = record.at(pointer.substring(0, slash));
            String name = pointer.substring(slash + 1);
            if (parent.isArray()) {
                ((ArrayNode) parent).set(Integer.parseInt(name), JSON.valueToTree(value));
            } else {
                ((ObjectNode) parent).set(name, JSON.valueToTree(value));
            }
            return JSON.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The content {@link #valid()} binds to, to be changed a part at a time. */
    static Content content() {
        return new Content();
    }

    /** A record's content being built; each setter returns it. */
    static final class Content {

        private RecordContent.Visit visit =
                new RecordContent.Visit("T29", "R10", "SPAT1308", ReasonCodeSystem.ICPC2, "A98");
        private Integer workAbilityScore = 6;
        private RecordContent.Finding physicalHealth =
                new RecordContent.Finding(ConcernLevel.SOME_CONCERN, "Selkäkipua");
        private RecordContent.Finding mentalHealth = new RecordContent.Finding(ConcernLevel.SIGNIFICANT_CONCERN, NOTE);
        private RecordContent.Finding substanceUse = new RecordContent.Finding(ConcernLevel.NO_CONCERN, null);
        private RecordContent.Finding functionalAbility = new RecordContent.Finding(ConcernLevel.SOME_CONCERN, null);
        private RecordContent.Finding socialSituation = new RecordContent.Finding(ConcernLevel.SOME_CONCERN, null);
        private RecordContent.Screening screening =
                new RecordContent.Screening(3, 14, new RecordContent.BloodPressure(138, 86), new BigDecimal("29.1"));
        private WorkAbilityAssessment assessment = WorkAbilityAssessment.PARTIALLY_ABLE;
        private List<RecordContent.FollowUpItem> followUps = List.of(
                new RecordContent.FollowUpItem(HealthCheckFollowUp.DOCTOR_APPOINTMENT, "Lääkäri Virtanen"),
                new RecordContent.FollowUpItem(
                        HealthCheckFollowUp.MENTAL_HEALTH_SERVICES, "Psykiatrinen sairaanhoitaja Niemi"));
        private String note = "Yhteenveto: " + NOTE;

        private Content() {}

        Content visit(String serviceType, String contactType, String spatCode, ReasonCodeSystem system, String code) {
            visit = new RecordContent.Visit(serviceType, contactType, spatCode, system, code);
            return this;
        }

        Content withoutVisit() {
            visit = null;
            return this;
        }

        Content serviceType(String serviceType) {
            return visit(
                    serviceType, visit.contactType(), visit.spatCode(), visit.reasonCodeSystem(), visit.reasonCode());
        }

        Content contactType(String contactType) {
            return visit(
                    visit.serviceType(), contactType, visit.spatCode(), visit.reasonCodeSystem(), visit.reasonCode());
        }

        Content spatCode(String spatCode) {
            return visit(
                    visit.serviceType(), visit.contactType(), spatCode, visit.reasonCodeSystem(), visit.reasonCode());
        }

        Content reason(ReasonCodeSystem system, String code) {
            return visit(visit.serviceType(), visit.contactType(), visit.spatCode(), system, code);
        }

        Content workAbilityScore(Integer score) {
            workAbilityScore = score;
            return this;
        }

        Content physicalHealth(RecordContent.Finding finding) {
            physicalHealth = finding;
            return this;
        }

        Content mentalHealth(RecordContent.Finding finding) {
            mentalHealth = finding;
            return this;
        }

        Content screening(RecordContent.Screening screening) {
            this.screening = screening;
            return this;
        }

        Content screening(Integer auditC, Integer phq9, Integer systolic, Integer diastolic, String bmi) {
            return screening(new RecordContent.Screening(
                    auditC,
                    phq9,
                    systolic == null && diastolic == null ? null : new RecordContent.BloodPressure(systolic, diastolic),
                    bmi == null ? null : new BigDecimal(bmi)));
        }

        Content assessment(WorkAbilityAssessment assessment) {
            this.assessment = assessment;
            return this;
        }

        Content followUps(List<RecordContent.FollowUpItem> followUps) {
            this.followUps = followUps;
            return this;
        }

        Content followUps(HealthCheckFollowUp... codes) {
            return followUps(List.of(codes).stream()
                    .map(code -> new RecordContent.FollowUpItem(code, "Terveydenhoitaja Heikkinen"))
                    .toList());
        }

        Content note(String note) {
            this.note = note;
            return this;
        }

        RecordContent build() {
            return new RecordContent(
                    visit,
                    workAbilityScore,
                    new RecordContent.Findings(
                            physicalHealth, mentalHealth, substanceUse, functionalAbility, socialSituation),
                    screening,
                    assessment,
                    followUps,
                    note);
        }
    }
}
