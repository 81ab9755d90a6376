package fi.polku.team.clientteam;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.polku.events.OrganisationType;
import fi.polku.events.Profession;
import fi.polku.platform.rule.InvalidField;
import fi.polku.platform.rule.RuleBroken;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class CompositionTest {

    private static final UUID COORDINATOR = UUID.randomUUID();
    private static final UUID KELA_ADVISOR = UUID.randomUUID();
    private static final UUID SOCIAL_WORKER = UUID.randomUUID();
    private static final Predicate<OrganisationType> NO_CONSENT = type -> false;

    private static Composition.Candidate county(UUID id, boolean active) {
        return new Composition.Candidate(id, Profession.WORK_ABILITY_COORDINATOR, Optional.empty(), active, false);
    }

    private static Composition.Candidate socialWorker(
            UUID id, Optional<OrganisationType> organisation, boolean socialWelfare) {
        return new Composition.Candidate(id, Profession.SOCIAL_WORKER, organisation, true, socialWelfare);
    }

    private static Composition.Candidate kela(UUID id) {
        return new Composition.Candidate(
                id, Profession.KELA_WORK_ABILITY_ADVISOR, Optional.of(OrganisationType.KELA), true, false);
    }

    private static Composition.Roles coordinatedBy(UUID coordinator) {
        return new Composition.Roles(coordinator, false, null);
    }

    private static InvalidField refused(List<Composition.Candidate> members, Composition.Roles roles, boolean consent) {
        return assertThrows(InvalidField.class, () -> Composition.check(members, roles, type -> consent));
    }

    /** The rule a refusal names; fails the test if the refusal names none. */
    private static String rule(InvalidField refusal) {
        return assertInstanceOf(RuleBroken.class, refusal).rule();
    }

    @Test
    void theCoordinatorIsExactlyOneOfTheMembersAndOfTheCounty() {
        assertDoesNotThrow(
                () -> Composition.check(List.of(county(COORDINATOR, true)), coordinatedBy(COORDINATOR), NO_CONSENT));
        InvalidField notAMember = refused(List.of(county(COORDINATOR, true)), coordinatedBy(UUID.randomUUID()), true);
        assertEquals(
                "coordinatorId: must be one of the members: a client's team has exactly one client coordinator",
                notAMember.getMessage());
        assertInstanceOf(RuleBroken.class, notAMember);
        assertEquals("one-coordinator", rule(notAMember));
        assertEquals("one-coordinator", rule(refused(List.of(county(COORDINATOR, true)), coordinatedBy(null), true)));
        assertEquals(
                "county-coordinator",
                rule(refused(
                        List.of(county(COORDINATOR, true), kela(KELA_ADVISOR)), coordinatedBy(KELA_ADVISOR), true)));
        assertEquals(
                "members: must name at least one member",
                refused(List.of(), coordinatedBy(COORDINATOR), true).getMessage());
    }

    @Test
    void aNextCoordinatorIsACurrentMemberOfTheCounty() {
        assertDoesNotThrow(() -> Composition.checkNextCoordinator(Optional.of(county(COORDINATOR, true))));
        assertEquals(
                "one-coordinator",
                rule(assertThrows(InvalidField.class, () -> Composition.checkNextCoordinator(Optional.empty()))));
        assertEquals(
                "county-coordinator",
                rule(assertThrows(
                        InvalidField.class, () -> Composition.checkNextCoordinator(Optional.of(kela(KELA_ADVISOR))))));
    }

    @Test
    void membersAreActiveAndNamedOnce() {
        InvalidField twice = refused(
                List.of(county(COORDINATOR, true), county(COORDINATOR, true)), coordinatedBy(COORDINATOR), true);
        assertEquals("members[1].professionalId: names a professional twice", twice.getMessage());
        assertEquals(InvalidField.class, twice.getClass());
        InvalidField inactive = refused(List.of(county(COORDINATOR, false)), coordinatedBy(COORDINATOR), true);
        assertEquals("members[0].professionalId: is not an active professional of the network", inactive.getMessage());
        assertEquals("active-member", rule(inactive));
    }

    @Test
    void anOutsideOrganisationsProfessionalNeedsTheClientsConsent() {
        InvalidField refused =
                refused(List.of(county(COORDINATOR, true), kela(KELA_ADVISOR)), coordinatedBy(COORDINATOR), false);
        assertInstanceOf(RuleBroken.class, refused);
        assertEquals("consent-in-force", rule(refused));
        assertEquals(
                "members[1].professionalId: a professional of KELA joins a client's team only while the client's "
                        + "consent for KELA is in force",
                refused.getMessage());
        assertDoesNotThrow(() -> Composition.check(
                List.of(county(COORDINATOR, true), kela(KELA_ADVISOR)),
                coordinatedBy(COORDINATOR),
                type -> type == OrganisationType.KELA));
    }

    @Test
    void aSocialWelfareClientHasANamedSocialWorkerWhoIsACountySocialWelfareProfessionalOnTheTeam() {
        Composition.Candidate worker = socialWorker(SOCIAL_WORKER, Optional.empty(), true);
        assertDoesNotThrow(() -> Composition.check(
                List.of(county(COORDINATOR, true), worker),
                new Composition.Roles(COORDINATOR, true, SOCIAL_WORKER),
                NO_CONSENT));
        assertDoesNotThrow(
                () -> Composition.check(
                        List.of(worker), new Composition.Roles(SOCIAL_WORKER, true, SOCIAL_WORKER), NO_CONSENT),
                "the named social worker may also coordinate");

        assertEquals(
                "namedSocialWorkerId: is required for a social-welfare client (Social Welfare Act §42)",
                refused(
                                List.of(county(COORDINATOR, true), worker),
                                new Composition.Roles(COORDINATOR, true, null),
                                true)
                        .getMessage());
        assertEquals(
                "namedSocialWorkerId: must be one of the members",
                refused(
                                List.of(county(COORDINATOR, true)),
                                new Composition.Roles(COORDINATOR, true, SOCIAL_WORKER),
                                true)
                        .getMessage());
        assertEquals(
                "namedSocialWorkerId: must be a social-welfare professional of the county (Social Welfare Act §42)",
                refused(
                                List.of(
                                        county(COORDINATOR, true),
                                        socialWorker(SOCIAL_WORKER, Optional.empty(), false)),
                                new Composition.Roles(COORDINATOR, true, SOCIAL_WORKER),
                                true)
                        .getMessage());
        assertEquals(
                "named-social-worker",
                rule(refused(
                        List.of(
                                county(COORDINATOR, true),
                                socialWorker(SOCIAL_WORKER, Optional.of(OrganisationType.THIRD_SECTOR), true)),
                        new Composition.Roles(COORDINATOR, true, SOCIAL_WORKER),
                        true)));
        assertEquals(
                "namedSocialWorkerId: is named only for a social-welfare client",
                refused(
                                List.of(county(COORDINATOR, true), worker),
                                new Composition.Roles(COORDINATOR, false, SOCIAL_WORKER),
                                true)
                        .getMessage());
    }
}
