package fi.polku.referral.pathway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.polku.events.Outcome;
import fi.polku.events.PathwayClosed;
import fi.polku.events.PathwayType;
import fi.polku.platform.rule.StateConflict;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PathwayTest {

    private static final Instant OPENED = Instant.parse("2026-03-04T10:00:00Z");
    private static final Instant CLOSED = Instant.parse("2026-09-30T12:00:00Z");

    private static Pathway open() {
        return Pathway.open(UUID.randomUUID(), UUID.randomUUID(), PathwayType.UNEMPLOYED, "Oulu", null, null, OPENED);
    }

    @Test
    void closingRecordsTheOutcomeAndFeedbackAndCausesTheEvent() {
        Pathway pathway = open();
        PathwayClosed closed = pathway.close(Outcome.EDUCATION, 5, " Hyvä ", CLOSED);

        assertEquals(new PathwayClosed(pathway.id, pathway.clientId, Outcome.EDUCATION, 5, CLOSED), closed);
        assertEquals(PathwayStatus.CLOSED, pathway.status);
        assertEquals("Hyvä", pathway.feedbackText);
    }

    @Test
    void aClosedPathwayCannotBeClosedAgain() {
        Pathway pathway = open();
        pathway.close(Outcome.MOVED_AWAY, null, null, CLOSED);
        assertThrows(StateConflict.class, () -> pathway.close(Outcome.EDUCATION, null, null, CLOSED));
        assertEquals(Outcome.MOVED_AWAY, pathway.outcome);
    }

    @Test
    void aFeedbackScoreOutside1To5IsRefused() {
        assertThrows(IllegalArgumentException.class, () -> open().close(Outcome.OTHER, 6, null, CLOSED));
        assertThrows(IllegalArgumentException.class, () -> open().close(Outcome.OTHER, 0, null, CLOSED));
    }

    @Test
    void reopeningKeepsTheEarlierOutcomeOnRecordAndOpensThePathway() {
        Pathway pathway = open();
        pathway.close(Outcome.EMPLOYED_OPEN_MARKET, 4, "ok", CLOSED);
        Reopening reopening = pathway.reopen(" Työ päättyi ", "liisa", CLOSED.plusSeconds(60));

        assertEquals(Outcome.EMPLOYED_OPEN_MARKET, reopening.previousOutcome);
        assertEquals("Työ päättyi", reopening.reason);
        assertEquals(PathwayStatus.OPEN, pathway.status);
        assertNull(pathway.outcome);
        assertNull(pathway.feedbackScore);
        assertThrows(StateConflict.class, () -> pathway.reopen("again", "liisa", CLOSED));
    }
}
