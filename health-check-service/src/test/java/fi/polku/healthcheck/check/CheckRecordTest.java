package fi.polku.healthcheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import fi.polku.events.HealthCheckFollowUp;
import java.math.BigDecimal;
import java.time.Instant;
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
    void aVersionGivesBackTheContentItWasGivenWithTheFollowUpsKeptApart() {
        RecordContent content = TestRecords.content().build();

        CheckRecord record = first(content);

        assertEquals(CHECK, record.healthCheckId);
        assertEquals(1, record.version);
        assertEquals("p-hanna", record.recordedBy);
        assertEquals(AT, record.recordedAt);
        assertEquals(content.assessment(), record.assessment);
        assertEquals(content, record.content(content.followUps()));
        List<RecordContent.FollowUpItem> now =
                List.of(new RecordContent.FollowUpItem(HealthCheckFollowUp.PHYSIOTHERAPY, "Fysioterapeutti Mäki"));
        assertEquals(now, record.content(now).followUps(), "the follow-ups are those given, not a copy kept here");
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
    void notesAreKeptWithoutSurroundingBlanksAndABlankNoteIsNone() {
        CheckRecord record = first(TestRecords.content()
                .physicalHealth(new RecordContent.Finding(ConcernLevel.SOME_CONCERN, "  Selkäkipua  "))
                .mentalHealth(new RecordContent.Finding(ConcernLevel.NO_CONCERN, "   "))
                .note("\t")
                .build());

        RecordContent kept = record.content(List.of());

        assertEquals("Selkäkipua", kept.findings().physicalHealth().note());
        assertNull(kept.findings().mentalHealth().note());
        assertNull(kept.note());
    }

    @Test
    void aScreeningNotTakenStaysAbsentAndOneTakenInPartKeepsItsParts() {
        assertNull(first(TestRecords.content().screening(null).build())
                .content(List.of())
                .screening());
        assertNull(
                first(TestRecords.content()
                                .screening(null, null, null, null, null)
                                .build())
                        .content(List.of())
                        .screening(),
                "a screening with nothing in it is none");

        RecordContent.Screening partly = first(TestRecords.content()
                        .screening(null, 9, null, null, null)
                        .build())
                .content(List.of())
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
                        .content(List.of())
                        .screening()
                        .bmi());
        assertEquals(
                new BigDecimal("30.0"),
                first(TestRecords.content()
                                .screening(null, null, null, null, "30")
                                .build())
                        .content(List.of())
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
