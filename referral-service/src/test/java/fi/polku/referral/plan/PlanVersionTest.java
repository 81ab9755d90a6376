package fi.polku.referral.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.polku.platform.rule.StateConflict;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PlanVersionTest {

    private static final UUID PATHWAY = UUID.randomUUID();
    private static final Instant NOW = Instant.parse("2026-03-20T10:00:00Z");

    @Test
    void eachChangeIsTheNextVersionOfTheOneItWasBasedOn() {
        PlanVersion first = PlanVersion.next(Optional.empty(), 0, PATHWAY, "{}", " ", "liisa", NOW);
        assertEquals(1, first.version);
        assertNull(first.changeNote);
        PlanVersion second = PlanVersion.next(Optional.of(first), 1, PATHWAY, "{}", " Lisätty arvio ", "liisa", NOW);
        assertEquals(2, second.version);
        assertEquals("Lisätty arvio", second.changeNote);
    }

    @Test
    void aChangeBasedOnAnOlderVersionIsAConflict() {
        PlanVersion first = PlanVersion.next(Optional.empty(), null, PATHWAY, "{}", null, "liisa", NOW);
        PlanVersion second = PlanVersion.next(Optional.of(first), 1, PATHWAY, "{}", null, "pekka", NOW);

        assertThrows(
                StateConflict.class, () -> PlanVersion.next(Optional.of(second), 1, PATHWAY, "{}", null, "liisa", NOW));
        assertThrows(
                StateConflict.class, () -> PlanVersion.next(Optional.empty(), 3, PATHWAY, "{}", null, "liisa", NOW));
    }
}
