package fi.polku.healthcheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.polku.events.HealthCheckFollowUp;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The ranges and required parts of a record, as its Bean Validation declares them ({@link RecordContent}), checked
 * with a plain validator: each bound from both sides, and each violation named by the path the API names it by.
 */
class RecordContentTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void validator() {
        factory = Validation.byDefaultProvider()
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    /** The paths of what is wrong with the content. */
    private static Set<String> wrong(TestRecords.Content content) {
        Set<ConstraintViolation<RecordContent>> violations = validator.validate(content.build());
        return violations.stream()
                .map(v -> v.getPropertyPath().toString())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static void only(String path, TestRecords.Content content) {
        assertEquals(Set.of(path), wrong(content));
    }

    private static void valid(TestRecords.Content content) {
        assertEquals(Collections.emptySet(), wrong(content));
    }

    @Test
    void theValidRecordIsValid() {
        valid(TestRecords.content());
        valid(TestRecords.content()
                .screening(null)
                .followUps((List<RecordContent.FollowUpItem>) null)
                .note(null));
    }

    @Test
    void theWorkAbilityScoreIsRequiredAndFromZeroToTen() {
        valid(TestRecords.content().workAbilityScore(0));
        valid(TestRecords.content().workAbilityScore(10));
        only("workAbilityScore", TestRecords.content().workAbilityScore(-1));
        only("workAbilityScore", TestRecords.content().workAbilityScore(11));
        only("workAbilityScore", TestRecords.content().workAbilityScore(null));
    }

    @Test
    void auditCIsFromZeroToTwelve() {
        valid(TestRecords.content().screening(0, null, null, null, null));
        valid(TestRecords.content().screening(12, null, null, null, null));
        only("screening.auditC", TestRecords.content().screening(-1, null, null, null, null));
        only("screening.auditC", TestRecords.content().screening(13, null, null, null, null));
    }

    @Test
    void phq9IsFromZeroToTwentySeven() {
        valid(TestRecords.content().screening(null, 0, null, null, null));
        valid(TestRecords.content().screening(null, 27, null, null, null));
        only("screening.phq9", TestRecords.content().screening(null, -1, null, null, null));
        only("screening.phq9", TestRecords.content().screening(null, 28, null, null, null));
    }

    @Test
    void aBloodPressureHasBothValuesInTheirRanges() {
        valid(TestRecords.content().screening(null, null, 60, 30, null));
        valid(TestRecords.content().screening(null, null, 260, 160, null));
        only("screening.bloodPressure.systolic", TestRecords.content().screening(null, null, 59, 40, null));
        only("screening.bloodPressure.systolic", TestRecords.content().screening(null, null, 261, 90, null));
        only("screening.bloodPressure.diastolic", TestRecords.content().screening(null, null, 120, 29, null));
        only("screening.bloodPressure.diastolic", TestRecords.content().screening(null, null, 200, 161, null));
        only("screening.bloodPressure.systolic", TestRecords.content().screening(null, null, null, 80, null));
        only("screening.bloodPressure.diastolic", TestRecords.content().screening(null, null, 120, null, null));
    }

    @Test
    void aBmiIsFromTenToEighty() {
        valid(TestRecords.content().screening(null, null, null, null, "10.0"));
        valid(TestRecords.content().screening(null, null, null, null, "80.0"));
        only("screening.bmi", TestRecords.content().screening(null, null, null, null, "9.9"));
        only("screening.bmi", TestRecords.content().screening(null, null, null, null, "80.1"));
    }

    @Test
    void theVisitIsRecordedWhole() {
        only("visit", TestRecords.content().withoutVisit());
        only("visit.serviceType", TestRecords.content().serviceType(" "));
        only("visit.contactType", TestRecords.content().contactType(""));
        only("visit.spatCode", TestRecords.content().spatCode(null));
        only("visit.reasonCodeSystem", TestRecords.content().reason(null, "A98"));
        only("visit.reasonCode", TestRecords.content().reason(ReasonCodeSystem.ICPC2, " "));
    }

    @Test
    void everyAreaOfFindingsHasALevelAndAtMostAShortNote() {
        only("findings.physicalHealth", TestRecords.content().physicalHealth(null));
        only("findings.mentalHealth.level", TestRecords.content().mentalHealth(new RecordContent.Finding(null, "x")));
        valid(TestRecords.content()
                .physicalHealth(new RecordContent.Finding(ConcernLevel.NO_CONCERN, "x".repeat(2000))));
        only(
                "findings.physicalHealth.note",
                TestRecords.content()
                        .physicalHealth(new RecordContent.Finding(ConcernLevel.NO_CONCERN, "x".repeat(2001))));
    }

    @Test
    void theAssessmentIsRequired() {
        only("assessment", TestRecords.content().assessment(null));
    }

    @Test
    void eachFollowUpNamesItsCodeAndWhoIsResponsible() {
        only(
                "followUps[0].followUp",
                TestRecords.content().followUps(List.of(new RecordContent.FollowUpItem(null, "Lääkäri Virtanen"))));
        only(
                "followUps[0].responsible",
                TestRecords.content()
                        .followUps(List.of(new RecordContent.FollowUpItem(HealthCheckFollowUp.PHYSIOTHERAPY, " "))));
        only(
                "followUps[0].responsible",
                TestRecords.content()
                        .followUps(List.of(
                                new RecordContent.FollowUpItem(HealthCheckFollowUp.PHYSIOTHERAPY, "x".repeat(201)))));
        List<RecordContent.FollowUpItem> withNull = new ArrayList<>();
        withNull.add(null);
        only("followUps[0].<list element>", TestRecords.content().followUps(withNull));
    }

    @Test
    void aRecordListsAtMostTenFollowUps() {
        List<RecordContent.FollowUpItem> eleven = IntStream.range(0, 11)
                .mapToObj(
                        i -> new RecordContent.FollowUpItem(HealthCheckFollowUp.PHYSIOTHERAPY, "Fysioterapeutti " + i))
                .toList();
        only("followUps", TestRecords.content().followUps(eleven));
        valid(TestRecords.content().followUps(eleven.subList(0, 10)));
    }

    @Test
    void theNoteIsAtMostFourThousandCharacters() {
        valid(TestRecords.content().note("x".repeat(4000)));
        only("note", TestRecords.content().note("x".repeat(4001)));
    }
}
