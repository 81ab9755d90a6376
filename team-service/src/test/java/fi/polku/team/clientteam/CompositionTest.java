package fi.polku.team.clientteam;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.polku.events.OrganisationType;
import fi.polku.events.Profession;
import fi.polku.platform.problem.ProblemException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CompositionTest {

    private static final UUID COORDINATOR = UUID.randomUUID();
    private static final UUID KELA_ADVISOR = UUID.randomUUID();

    private static Composition.Candidate county(UUID id, boolean active) {
        return new Composition.Candidate(id, Profession.WORK_ABILITY_COORDINATOR, Optional.empty(), active, null);
    }

    private static Composition.Candidate kela(UUID id) {
        return new Composition.Candidate(id, Profession.KELA_WORK_ABILITY_ADVISOR, Optional.of(OrganisationType.KELA),
                true, null);
    }

    private static ProblemException refused(List<Composition.Candidate> members, UUID coordinator, boolean consent) {
        return assertThrows(ProblemException.class, () -> Composition.check(members, coordinator, type -> consent));
    }

    @Test
    void theCoordinatorIsExactlyOneOfTheMembers() {
        assertDoesNotThrow(() -> Composition.check(List.of(county(COORDINATOR, true)), COORDINATOR, type -> false));
        assertEquals("coordinatorId: must be one of the members: a client's team has exactly one client coordinator",
                refused(List.of(county(COORDINATOR, true)), UUID.randomUUID(), true).getMessage());
        assertEquals(400, refused(List.of(county(COORDINATOR, true)), null, true).status());
        assertEquals("members: must name at least one member", refused(List.of(), COORDINATOR, true).getMessage());
    }

    @Test
    void membersAreActiveAndNamedOnce() {
        assertEquals("members[1].professionalId: names a professional twice",
                refused(List.of(county(COORDINATOR, true), county(COORDINATOR, true)), COORDINATOR, true).getMessage());
        assertEquals("members[0].professionalId: is not an active professional",
                refused(List.of(county(COORDINATOR, false)), COORDINATOR, true).getMessage());
    }

    @Test
    void anOutsideOrganisationsProfessionalNeedsTheClientsConsent() {
        ProblemException refused = refused(List.of(county(COORDINATOR, true), kela(KELA_ADVISOR)), COORDINATOR, false);
        assertEquals(409, refused.status());
        assertDoesNotThrow(() -> Composition.check(List.of(county(COORDINATOR, true), kela(KELA_ADVISOR)), COORDINATOR,
                type -> type == OrganisationType.KELA));
    }
}
