package fi.polku.healthcheck.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.polku.events.FollowUpClosed;
import fi.polku.events.FollowUpResult;
import fi.polku.events.HealthCheckFollowUp;
import fi.polku.platform.rule.StateConflict;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A follow-up's life as the entity decides it: opened for the check's client and area, reassigned, closed once. */
class FollowUpRulesTest {

    private static final Instant OPENED = Instant.parse("2026-03-12T11:00:00Z");
    private static final Instant CLOSED = Instant.parse("2026-04-01T08:00:00Z");
    private static final FollowUpService.Check CHECK = new FollowUpService.Check(
            UUID.fromString("4e5f6071-8293-44a5-b5c6-d7e8f9012345"),
            UUID.fromString("9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a"),
            UUID.fromString("5d3c2b1a-7e6f-4a9b-8c7d-1e2f3a4b5c6d"),
            "Oulu");

    private static FollowUp doctor() {
        return FollowUp.open(CHECK, HealthCheckFollowUp.DOCTOR_APPOINTMENT, "  Lääkäri Virtanen ", OPENED);
    }

    @Test
    void aFollowUpOpensForTheChecksClientAndAreaWithWhoIsResponsible() {
        FollowUp followUp = doctor();

        assertEquals(CHECK.healthCheckId(), followUp.healthCheckId);
        assertEquals(CHECK.clientId(), followUp.clientId);
        assertEquals(CHECK.pathwayId(), followUp.pathwayId);
        assertEquals("Oulu", followUp.area);
        assertEquals(HealthCheckFollowUp.DOCTOR_APPOINTMENT, followUp.followUp);
        assertEquals("Lääkäri Virtanen", followUp.responsible, "kept without surrounding blanks");
        assertEquals(OPENED, followUp.openedAt);
        assertNull(followUp.result, "open");
        assertNull(followUp.closedAt, "open");
    }

    @Test
    void anotherProfessionalTakesOverAnOpenFollowUpWhichKeepsItsHistory() {
        FollowUp followUp = doctor();
        UUID id = followUp.id;

        followUp.reassign(" Lääkäri Korhonen ");

        assertEquals("Lääkäri Korhonen", followUp.responsible);
        assertEquals(id, followUp.id);
        assertEquals(OPENED, followUp.openedAt);
        assertNull(followUp.closedAt);
    }

    @Test
    void aFollowUpIsClosedWithItsResultAndTheClosureIsPublished() {
        FollowUp followUp = doctor();

        FollowUpClosed closed = followUp.close(FollowUpResult.CLIENT_DECLINED, CLOSED);

        assertEquals(FollowUpResult.CLIENT_DECLINED, followUp.result);
        assertEquals(CLOSED, followUp.closedAt);
        assertEquals(
                new FollowUpClosed(
                        followUp.id,
                        CHECK.healthCheckId(),
                        CHECK.clientId(),
                        CHECK.pathwayId(),
                        HealthCheckFollowUp.DOCTOR_APPOINTMENT,
                        FollowUpResult.CLIENT_DECLINED,
                        CLOSED),
                closed);
    }

    @Test
    void aFollowUpIsClosedOnlyOnce() {
        FollowUp followUp = doctor();
        followUp.close(FollowUpResult.DONE, CLOSED);

        StateConflict refused = assertThrows(
                StateConflict.class, () -> followUp.close(FollowUpResult.NOT_NEEDED, CLOSED.plusSeconds(60)));

        assertEquals("The follow-up was closed at " + CLOSED + " (DONE)", refused.detail());
        assertEquals(FollowUpResult.DONE, followUp.result, "the first result stands");
        assertEquals(CLOSED, followUp.closedAt);
    }
}
