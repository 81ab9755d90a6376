package fi.polku.healthcheck.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import fi.polku.events.Profession;
import fi.polku.events.StatementConclusion;
import fi.polku.events.StatementPurpose;
import fi.polku.events.WorkAbilityStatementRecorded;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A work-ability statement as recorded, and what of it is published. */
class WorkAbilityStatementTest {

    private static final UUID CLIENT = UUID.fromString("9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a");
    private static final LocalDate WRITTEN = LocalDate.of(2026, 3, 16);
    private static final Instant RECORDED = Instant.parse("2026-03-16T12:00:00Z");

    private static WorkAbilityStatement.Details details(String author, String text) {
        return new WorkAbilityStatement.Details(
                CLIENT,
                null,
                StatementPurpose.KELA_REHABILITATION,
                StatementConclusion.REHABILITATION_RECOMMENDED,
                Profession.DOCTOR,
                author,
                WRITTEN,
                text);
    }

    @Test
    void aStatementKeepsWhatItSaysWithoutSurroundingBlanksAndWhoRecordedItWhen() {
        WorkAbilityStatement statement = WorkAbilityStatement.record(
                details("  Lääkäri Virtanen ", "\n Ammatillinen kuntoutus tarpeen. "), "p-lauri", RECORDED);

        assertEquals(details("Lääkäri Virtanen", "Ammatillinen kuntoutus tarpeen."), statement.details());
        assertEquals("p-lauri", statement.recordedBy);
        assertEquals(RECORDED, statement.recordedAt);
    }

    @Test
    void aBlankTextIsNoText() {
        assertNull(WorkAbilityStatement.record(details("Lääkäri Virtanen", "  "), "p-lauri", RECORDED)
                .details()
                .text());
        assertNull(WorkAbilityStatement.record(details("Lääkäri Virtanen", null), "p-lauri", RECORDED)
                .details()
                .text());
    }

    @Test
    void theEventCarriesTheCodesAndTheDayButNeitherTheTextNorTheAuthor() {
        WorkAbilityStatement statement =
                WorkAbilityStatement.record(details("Lääkäri Virtanen", "Teksti"), "p-lauri", RECORDED);

        assertEquals(
                new WorkAbilityStatementRecorded(
                        statement.id,
                        CLIENT,
                        null,
                        StatementPurpose.KELA_REHABILITATION,
                        StatementConclusion.REHABILITATION_RECOMMENDED,
                        Profession.DOCTOR,
                        WRITTEN,
                        RECORDED),
                statement.recordedEvent());
        List<String> published = Arrays.stream(WorkAbilityStatementRecorded.class.getRecordComponents())
                .map(RecordComponent::getName)
                .toList();
        for (String stays : List.of("text", "author", "recordedBy")) {
            assertFalse(published.contains(stays), stays + " would reach the bus");
        }
    }
}
