package fi.polku.healthcheck.check;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.polku.events.HealthCheckFollowUp;
import fi.polku.platform.rule.InvalidField;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The record's rules that Bean Validation cannot make ({@link RecordRules}): each code against its set or its shape,
 * and the fields that must agree. Each is a wrong value of a named field (400), never a named rule (422).
 */
class RecordRulesTest {

    /** The field a refused record names; fails unless the refusal is a plain InvalidField. */
    private static String refused(TestRecords.Content content) {
        InvalidField refusal = assertThrows(InvalidField.class, () -> RecordRules.check(content.build()));
        assertEquals(InvalidField.class, refusal.getClass(), refusal.getMessage());
        return refusal.field();
    }

    private static void accepted(TestRecords.Content content) {
        assertDoesNotThrow(() -> RecordRules.check(content.build()));
    }

    @Test
    void aRecordAsTheGuideStructuresItPasses() {
        accepted(TestRecords.content());
        accepted(TestRecords.content().screening(null).followUps((List<RecordContent.FollowUpItem>) null));
        accepted(TestRecords.content().screening(null, 9, null, null, null));
    }

    @Test
    void theServiceTypeIsTAndTwoDigits() {
        for (String fits : List.of("T29", "T00", "T99")) {
            accepted(TestRecords.content().serviceType(fits));
        }
        for (String wrong : List.of("X29", "T2", "T299", "t29", "T2A", " T29")) {
            assertEquals("visit.serviceType", refused(TestRecords.content().serviceType(wrong)), wrong);
        }
    }

    @Test
    void theContactTypeIsOneOfTheShippedSet() {
        for (String shipped : List.of("R10", "R20", "R52")) {
            accepted(TestRecords.content().contactType(shipped));
        }
        for (String wrong : List.of("R99", "R1", "r10", "visit", "R10 ")) {
            assertEquals("visit.contactType", refused(TestRecords.content().contactType(wrong)), wrong);
        }
        InvalidField refusal = assertThrows(
                InvalidField.class,
                () -> RecordRules.check(TestRecords.content().contactType("R99").build()));
        assertEquals("must be one of the contact types [R10, R20, R52]", refusal.message());
    }

    @Test
    void theSpatCodeIsSpatAndFourDigits() {
        accepted(TestRecords.content().spatCode("SPAT0001"));
        for (String wrong : List.of("SPAT13", "SPOT1308", "SPAT13080", "spat1308", "1308")) {
            assertEquals("visit.spatCode", refused(TestRecords.content().spatCode(wrong)), wrong);
        }
    }

    @Test
    void anIcpc2ReasonIsAChapterLetterAndTwoDigits() {
        Set<Character> chapters =
                Set.of('A', 'B', 'D', 'F', 'H', 'K', 'L', 'N', 'P', 'R', 'S', 'T', 'U', 'W', 'X', 'Y', 'Z');
        for (char letter = 'A'; letter <= 'Z'; letter++) {
            TestRecords.Content content = TestRecords.content().reason(ReasonCodeSystem.ICPC2, letter + "76");
            if (chapters.contains(letter)) {
                accepted(content);
            } else {
                assertEquals("visit.reasonCode", refused(content), letter + " is no ICPC-2 chapter");
            }
        }
        for (String wrong : List.of("A9", "A987", "A98.1", "a98", "98")) {
            assertEquals(
                    "visit.reasonCode", refused(TestRecords.content().reason(ReasonCodeSystem.ICPC2, wrong)), wrong);
        }
        InvalidField refusal = assertThrows(
                InvalidField.class,
                () -> RecordRules.check(TestRecords.content()
                        .reason(ReasonCodeSystem.ICPC2, "C98")
                        .build()));
        assertEquals("is not a ICPC2 code", refusal.message());
    }

    @Test
    void anIcd10ReasonIsALetterTwoDigitsAnOptionalDecimalPartAndAnOptionalSign() {
        for (String fits : List.of("F32", "F32.1", "F32.123", "M54.5+", "E11.9*", "G63#", "C98&")) {
            accepted(TestRecords.content().reason(ReasonCodeSystem.ICD10, fits));
        }
        for (String wrong : List.of("F3", "F32.1234", "F32.", "32.1", "f32", "F32.1++", "FF32")) {
            assertEquals(
                    "visit.reasonCode", refused(TestRecords.content().reason(ReasonCodeSystem.ICD10, wrong)), wrong);
        }
        assertEquals(
                "visit.reasonCode",
                refused(TestRecords.content().reason(ReasonCodeSystem.ICPC2, "F32.1")),
                "a reason is checked against the system it says it is in");
    }

    @Test
    void theDiastolicPressureIsBelowTheSystolic() {
        accepted(TestRecords.content().screening(null, null, 121, 120, null));
        for (int diastolic : List.of(120, 140)) {
            assertEquals(
                    "screening.bloodPressure.diastolic",
                    refused(TestRecords.content().screening(null, null, 120, diastolic, null)),
                    "120/" + diastolic);
        }
    }

    @Test
    void aBmiHasAtMostOneDecimal() {
        for (String fits : List.of("29.1", "29.10", "30", "80.0")) {
            accepted(TestRecords.content().screening(null, null, null, null, fits));
        }
        for (String wrong : List.of("25.55", "29.01")) {
            assertEquals(
                    "screening.bmi", refused(TestRecords.content().screening(null, null, null, null, wrong)), wrong);
        }
    }

    /** An amendment's body nests its record under {@code record}: each rule names the field there. */
    @Test
    void anAmendmentsRecordNamesEachFieldUnderRecord() {
        List<TestRecords.Content> broken = List.of(
                TestRecords.content().serviceType("X29"),
                TestRecords.content().contactType("R99"),
                TestRecords.content().spatCode("SPAT13"),
                TestRecords.content().reason(ReasonCodeSystem.ICPC2, "C98"),
                TestRecords.content().screening(null, null, 120, 120, null),
                TestRecords.content().screening(null, null, null, null, "25.55"),
                TestRecords.content().followUps(HealthCheckFollowUp.PHYSIOTHERAPY, HealthCheckFollowUp.PHYSIOTHERAPY));
        for (TestRecords.Content content : broken) {
            String completed = refused(content);
            InvalidField amended = assertThrows(InvalidField.class, () -> RecordRules.checkAmendment(content.build()));

            assertEquals(InvalidField.class, amended.getClass(), amended.getMessage());
            assertEquals("record." + completed, amended.field());
        }
        assertDoesNotThrow(
                () -> RecordRules.checkAmendment(TestRecords.content().build()));
    }

    @Test
    void aFollowUpIsNamedOnce() {
        accepted(TestRecords.content()
                .followUps(
                        HealthCheckFollowUp.DOCTOR_APPOINTMENT,
                        HealthCheckFollowUp.TEAM_REFERRAL,
                        HealthCheckFollowUp.PHYSIOTHERAPY));
        assertEquals(
                "followUps[2].followUp",
                refused(TestRecords.content()
                        .followUps(
                                HealthCheckFollowUp.DOCTOR_APPOINTMENT,
                                HealthCheckFollowUp.TEAM_REFERRAL,
                                HealthCheckFollowUp.DOCTOR_APPOINTMENT)));
        InvalidField refusal = assertThrows(
                InvalidField.class,
                () -> RecordRules.check(TestRecords.content()
                        .followUps(HealthCheckFollowUp.PHYSIOTHERAPY, HealthCheckFollowUp.PHYSIOTHERAPY)
                        .build()));
        assertTrue(refusal.getMessage().endsWith("names a follow-up twice"), refusal.getMessage());
    }
}
