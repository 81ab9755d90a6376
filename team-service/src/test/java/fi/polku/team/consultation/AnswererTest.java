package fi.polku.team.consultation;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.polku.events.ConsultationTarget;
import fi.polku.events.Profession;
import fi.polku.platform.rule.InvalidField;
import fi.polku.platform.rule.RuleBroken;
import org.junit.jupiter.api.Test;

class AnswererTest {

    @Test
    void theAnswerComesFromWhomTheQuestionWasAddressedTo() {
        assertDoesNotThrow(
                () -> Consultation.checkAnswerer(ConsultationTarget.COMPETENCE_CENTRE, Profession.DOCTOR, true));
        assertEquals(
                "answeredBy: must be a professional of the competence centre: the consultation was addressed to "
                        + "COMPETENCE_CENTRE",
                assertThrows(
                                InvalidField.class,
                                () -> Consultation.checkAnswerer(
                                        ConsultationTarget.COMPETENCE_CENTRE,
                                        Profession.WORK_ABILITY_COORDINATOR,
                                        false))
                        .getMessage());
        assertDoesNotThrow(() -> Consultation.checkAnswerer(
                ConsultationTarget.WORK_ABILITY_COORDINATOR, Profession.WORK_ABILITY_COORDINATOR, false));
        assertThrows(
                RuleBroken.class,
                () -> Consultation.checkAnswerer(ConsultationTarget.WORK_ABILITY_COORDINATOR, Profession.DOCTOR, true));
        assertDoesNotThrow(() -> Consultation.checkAnswerer(ConsultationTarget.OTHER_EXPERT, Profession.OTHER, false));
    }
}
