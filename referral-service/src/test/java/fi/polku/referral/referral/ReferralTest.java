package fi.polku.referral.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.polku.events.AgeGroup;
import fi.polku.events.LabourMarketStatus;
import fi.polku.events.PathwayType;
import fi.polku.events.Redirection;
import fi.polku.events.ReferralAccepted;
import fi.polku.events.ReferralReceived;
import fi.polku.events.ReferralRejected;
import fi.polku.events.ReferralSource;
import fi.polku.events.RejectionReason;
import fi.polku.platform.rule.InvalidField;
import fi.polku.platform.rule.StateConflict;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ReferralTest {

    private static final Instant NOW = Instant.parse("2026-03-02T08:15:30Z");
    private static final Set<ReferralReason> REASONS = Set.of(ReferralReason.LONG_TERM_UNEMPLOYMENT);

    static NewReferral aReferral() {
        return new NewReferral(
                UUID.randomUUID(),
                ReferralSource.EMPLOYMENT_SERVICES,
                "TE-toimisto, Oulu",
                "Anna Asiantuntija",
                "Oulu",
                "Terveydentila selvitettävä",
                REASONS,
                LabourMarketStatus.UNEMPLOYED,
                LocalDate.parse("2024-09-01"));
    }

    static Referral received(NewReferral details) {
        return Referral.receive(details, AgeGroup.AGE_25_34, "564", Optional.empty(), NOW);
    }

    @Test
    void aReceivedReferralOpensItsOwnPathwayIdentity() {
        Referral first = received(aReferral());
        Referral second = received(aReferral());

        assertEquals(ReferralStatus.RECEIVED, first.status);
        assertEquals(NOW, first.receivedAt);
        assertNotEquals(first.pathwayId, second.pathwayId);
        assertNotEquals(first.id, first.pathwayId);
    }

    @Test
    void blankOptionalTextsAreAbsentAndTextsAreTrimmed() {
        NewReferral details = new NewReferral(
                UUID.randomUUID(),
                ReferralSource.SELF,
                "  Asiakas  ",
                " ",
                "",
                "\t",
                REASONS,
                LabourMarketStatus.STUDENT,
                null);
        Referral referral = received(details);

        assertEquals("Asiakas", referral.referringOrganisation);
        assertNull(referral.referringPerson);
        assertNull(referral.requestedArea);
        assertNull(referral.freeText);
    }

    @Test
    void aReferralWithoutItsRequiredFactsIsRefused() {
        NewReferral noOrganisation = new NewReferral(
                UUID.randomUUID(),
                ReferralSource.KELA,
                " ",
                null,
                null,
                null,
                REASONS,
                LabourMarketStatus.EMPLOYED,
                null);
        // Each refusal names the fact that is missing, so that no other null slipping through passes for it.
        assertEquals(
                "referringOrganisation",
                assertThrows(NullPointerException.class, () -> received(noOrganisation))
                        .getMessage());
        NewReferral noSource = new NewReferral(
                UUID.randomUUID(), null, "Kela", null, null, null, REASONS, LabourMarketStatus.EMPLOYED, null);
        assertEquals(
                "source",
                assertThrows(NullPointerException.class, () -> received(noSource))
                        .getMessage());
        assertEquals(
                "ageGroup",
                assertThrows(
                                NullPointerException.class,
                                () -> Referral.receive(aReferral(), null, "564", Optional.empty(), NOW))
                        .getMessage());
    }

    @Test
    void anUnemployedClientsReferralSaysSinceWhenAndNoOtherDoes() {
        assertEquals(LocalDate.parse("2024-09-01"), received(aReferral()).unemployedSince);
        assertEquals(
                Set.of(ReferralReason.LONG_TERM_UNEMPLOYMENT),
                received(aReferral()).reasons());
        assertUnemployedSinceRefused(LabourMarketStatus.UNEMPLOYED, null);
        assertUnemployedSinceRefused(LabourMarketStatus.UNEMPLOYED, LocalDate.parse("2026-03-03"));
        assertUnemployedSinceRefused(LabourMarketStatus.EMPLOYED, LocalDate.parse("2024-09-01"));
    }

    private static void assertUnemployedSinceRefused(LabourMarketStatus status, LocalDate since) {
        NewReferral details = new NewReferral(
                UUID.randomUUID(), ReferralSource.SELF, "Asiakas", null, null, null, REASONS, status, since);
        InvalidField refused = assertThrows(InvalidField.class, () -> received(details));
        assertTrue(refused.getMessage().startsWith("unemployedSince:"), refused.getMessage());
    }

    @Test
    void aSecurityBanLeavesTheMunicipalityOutOfTheEvent() {
        Referral referral = Referral.receive(aReferral(), AgeGroup.AGE_55_65, null, Optional.empty(), NOW);
        assertNull(referral.receivedEvent().municipalityCode());
        assertEquals(AgeGroup.AGE_55_65, referral.receivedEvent().ageGroup());
    }

    @Test
    void theEventCarriesTheCodedFactsAndNothingPersonal() {
        Referral referral = received(aReferral());
        ReferralReceived event = referral.receivedEvent();

        assertEquals(
                new ReferralReceived(
                        referral.id,
                        referral.pathwayId,
                        referral.clientId,
                        AgeGroup.AGE_25_34,
                        ReferralSource.EMPLOYMENT_SERVICES,
                        "564",
                        "Oulu",
                        LabourMarketStatus.UNEMPLOYED,
                        LocalDate.parse("2024-09-01"),
                        NOW),
                event);
        Set<String> fields = Arrays.stream(ReferralReceived.class.getRecordComponents())
                .map(c -> c.getName())
                .collect(Collectors.toSet());
        assertEquals(
                Set.of(
                        "referralId",
                        "pathwayId",
                        "clientId",
                        "ageGroup",
                        "source",
                        "municipalityCode",
                        "requestedArea",
                        "labourMarketStatus",
                        "unemployedSince",
                        "receivedAt"),
                fields,
                "free text and the referrer's name must not leave referral-service");
    }

    @Test
    void aReferralOfAClientWithAnOpenPathwayBelongsToIt() {
        UUID open = UUID.randomUUID();
        assertEquals(open, Referral.receive(aReferral(), AgeGroup.AGE_25_34, null, Optional.of(open), NOW).pathwayId);
    }

    @Test
    void acceptingCausesTheAcceptedEventAndIsFinal() {
        Referral referral = received(aReferral());
        ReferralAccepted accepted = referral.accept(PathwayType.UNEMPLOYED, " Oulu ", " ", null, NOW);

        assertEquals(
                new ReferralAccepted(
                        referral.id,
                        referral.pathwayId,
                        referral.clientId,
                        PathwayType.UNEMPLOYED,
                        "Oulu",
                        null,
                        null,
                        NOW),
                accepted);
        assertEquals(ReferralStatus.ACCEPTED, referral.status);
        assertThrows(StateConflict.class, () -> referral.accept(PathwayType.UNEMPLOYED, "Oulu", null, null, NOW));
        assertThrows(StateConflict.class, () -> referral.reject(RejectionReason.OTHER, Redirection.NONE, null, NOW));
        assertThrows(StateConflict.class, () -> referral.requestInformation("?"));
    }

    @Test
    void rejectingKeepsTheNoteHereAndIsFinal() {
        Referral referral = received(aReferral());
        ReferralRejected rejected = referral.reject(
                RejectionReason.NEEDS_OTHER_SERVICE,
                Redirection.MENTAL_HEALTH_SERVICES,
                "Psykiatrian poliklinikka",
                NOW);

        assertEquals(
                new ReferralRejected(
                        referral.id,
                        referral.pathwayId,
                        referral.clientId,
                        RejectionReason.NEEDS_OTHER_SERVICE,
                        Redirection.MENTAL_HEALTH_SERVICES,
                        NOW),
                rejected);
        assertEquals("Psykiatrian poliklinikka", referral.triageNote);
        assertThrows(StateConflict.class, () -> referral.accept(PathwayType.UNEMPLOYED, "Oulu", null, null, NOW));
    }

    @Test
    void aReferralWaitingForInformationCanStillBeDecided() {
        Referral referral = received(aReferral());
        referral.requestInformation("Onko kuntoutussuunnitelmaa?");
        assertEquals(ReferralStatus.MORE_INFORMATION_REQUESTED, referral.status);
        referral.requestInformation("Entä lääkärinlausunto?");
        referral.accept(PathwayType.SOCIAL_REHABILITATION, "Raahe", "Raahe 1", UUID.randomUUID(), NOW);
        assertEquals(ReferralStatus.ACCEPTED, referral.status);
        assertEquals("Raahe 1", referral.assignedTeam);
    }
}
