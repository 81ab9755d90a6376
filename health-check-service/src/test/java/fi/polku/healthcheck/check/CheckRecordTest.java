package fi.polku.healthcheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.polku.events.HealthCheckFollowUp;
import fi.polku.platform.rule.InvalidField;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A version of a check's record: what it keeps of the content it was given, and how it gives it back. */
class CheckRecordTest {

    private static final UUID CHECK = UUID.fromString("4e5f6071-8293-44a5-b5c6-d7e8f9012345");
    private static final Instant AT = Instant.parse("2026-03-12T11:00:00Z");

    private static CheckRecord first(RecordContent content) {
        return CheckRecord.of(CHECK, 1, null, content, "p-hanna", AT);
    }

    @Test
    void aVersionGivesBackTheContentItWasGivenWithItsFollowUpsAsItNamedThem() {
        RecordContent content = TestRecords.content().build();

        CheckRecord record = first(content);

        assertEquals(CHECK, record.healthCheckId);
        assertEquals(1, record.version);
        assertEquals("p-hanna", record.recordedBy);
        assertEquals(AT, record.recordedAt);
        assertEquals(content.assessment(), record.assessment);
        assertEquals(content, record.content());
        assertEquals(
                List.of(HealthCheckFollowUp.DOCTOR_APPOINTMENT, HealthCheckFollowUp.MENTAL_HEALTH_SERVICES),
                record.content().followUps().stream()
                        .map(RecordContent.FollowUpItem::followUp)
                        .toList(),
                "in the order named");
    }

    @Test
    void aVersionKeepsWhoWasResponsibleWithoutSurroundingBlanksAndAListNotGivenIsEmpty() {
        CheckRecord record = first(TestRecords.content()
                .followUps(List.of(
                        new RecordContent.FollowUpItem(HealthCheckFollowUp.PHYSIOTHERAPY, " Fysioterapeutti Mäki ")))
                .build());

        assertEquals(
                List.of(new RecordContent.FollowUpItem(HealthCheckFollowUp.PHYSIOTHERAPY, "Fysioterapeutti Mäki")),
                record.content().followUps());
        assertEquals(
                List.of(),
                first(TestRecords.content()
                                .followUps((List<RecordContent.FollowUpItem>) null)
                                .build())
                        .content()
                        .followUps());
    }

    @Test
    void theFirstVersionHasNoReasonAndAnAmendmentSaysWhy() {
        assertNull(first(TestRecords.content().build()).amendmentReason);

        CheckRecord amended = CheckRecord.of(
                CHECK, 2, "  PHQ-9 kirjattu väärin \n", TestRecords.content().build(), "p-lauri", AT.plusSeconds(60));

        assertEquals(2, amended.version);
        assertEquals("PHQ-9 kirjattu väärin", amended.amendmentReason);
        assertEquals("p-lauri", amended.recordedBy);
    }

    @Test
    void onlyAnAmendmentHasAReasonAndEveryAmendmentHasOne() {
        RecordContent content = TestRecords.content().build();

        assertThrows(
                IllegalArgumentException.class,
                () -> CheckRecord.of(CHECK, 1, "Korjaus", content, "p-hanna", AT),
                "the record made at the check amends nothing");
        for (String none : Arrays.asList(null, "", " \n")) {
            InvalidField refused =
                    assertThrows(InvalidField.class, () -> CheckRecord.of(CHECK, 2, none, content, "p-lauri", AT));
            assertEquals("reason", refused.field(), "[" + none + "]");
        }
        assertThrows(IllegalArgumentException.class, () -> CheckRecord.of(CHECK, 0, null, content, "p-hanna", AT));
    }

    @Test
    void notesAreKeptWithoutSurroundingBlanksAndABlankNoteIsNone() {
        CheckRecord record = first(TestRecords.content()
                .physicalHealth(new RecordContent.Finding(ConcernLevel.SOME_CONCERN, "  Selkäkipua  "))
                .mentalHealth(new RecordContent.Finding(ConcernLevel.NO_CONCERN, "   "))
                .note("\t")
                .build());

        RecordContent kept = record.content();

        assertEquals("Selkäkipua", kept.findings().physicalHealth().note());
        assertNull(kept.findings().mentalHealth().note());
        assertNull(kept.note());
    }

    @Test
    void aScreeningNotTakenStaysAbsentAndOneTakenInPartKeepsItsParts() {
        assertNull(
                first(TestRecords.content().screening(null).build()).content().screening());
        assertNull(
                first(TestRecords.content()
                                .screening(null, null, null, null, null)
                                .build())
                        .content()
                        .screening(),
                "a screening with nothing in it is none");

        RecordContent.Screening partly = first(TestRecords.content()
                        .screening(null, 9, null, null, null)
                        .build())
                .content()
                .screening();

        assertEquals(new RecordContent.Screening(null, 9, null, null), partly);
    }

    @Test
    void theBmiIsKeptWithOneDecimal() {
        assertEquals(
                new BigDecimal("29.1"),
                first(TestRecords.content()
                                .screening(null, null, null, null, "29.10")
                                .build())
                        .content()
                        .screening()
                        .bmi());
        assertEquals(
                new BigDecimal("30.0"),
                first(TestRecords.content()
                                .screening(null, null, null, null, "30")
                                .build())
                        .content()
                        .screening()
                        .bmi());
    }

    @Test
    void theEventsCarryTheFollowUpsCodesInTheirOrder() {
        assertEquals(
                List.of(HealthCheckFollowUp.TEAM_REFERRAL, HealthCheckFollowUp.DOCTOR_APPOINTMENT),
                CheckRecord.codes(TestRecords.content()
                        .followUps(HealthCheckFollowUp.TEAM_REFERRAL, HealthCheckFollowUp.DOCTOR_APPOINTMENT)
                        .build()
                        .followUpItems()));
        assertEquals(
                List.of(),
                CheckRecord.codes(TestRecords.content()
                        .followUps((List<RecordContent.FollowUpItem>) null)
                        .build()
                        .followUpItems()));
    }
}
