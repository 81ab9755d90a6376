package fi.polku.referral.consent;

import static fi.polku.events.OrganisationType.EMPLOYMENT_SERVICES;
import static fi.polku.events.OrganisationType.KELA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.polku.events.ConsentGiven;
import fi.polku.events.ConsentPeriods;
import fi.polku.events.ConsentWithdrawn;
import fi.polku.events.OrganisationType;
import fi.polku.platform.rule.InvalidField;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ConsentHistoryTest {

    private static final UUID CLIENT = UUID.randomUUID();
    private static final LocalDate TODAY = LocalDate.parse("2026-01-01");
    private final List<ConsentDecision> decisions = new ArrayList<>();
    private Instant clock = Instant.parse("2026-01-01T08:00:00Z");

    private void give(Set<OrganisationType> types, String from, String until) {
        decisions.add(ConsentDecision.given(
                CLIENT,
                types,
                LocalDate.parse(from),
                until == null ? null : LocalDate.parse(until),
                TODAY,
                "liisa",
                tick()));
    }

    private void withdraw(Set<OrganisationType> types, String from) {
        decisions.add(ConsentDecision.withdrawn(CLIENT, types, LocalDate.parse(from), TODAY, "liisa", tick()));
    }

    private Instant tick() {
        clock = clock.plusSeconds(3600);
        return clock;
    }

    private boolean inForce(OrganisationType type, String day) {
        return new ConsentHistory(decisions).inForce(type, LocalDate.parse(day)).isPresent();
    }

    @Test
    void consentIsInForceOnlyWithinItsPeriodAndOnlyForTheNamedTypes() {
        give(Set.of(KELA), "2026-03-01", "2026-08-31");

        assertFalse(inForce(KELA, "2026-02-28"));
        assertTrue(inForce(KELA, "2026-03-01"));
        assertTrue(inForce(KELA, "2026-08-31"));
        assertFalse(inForce(KELA, "2026-09-01"));
        assertFalse(inForce(EMPLOYMENT_SERVICES, "2026-05-01"));
    }

    @Test
    void aWithdrawalEndsConsentFromItsEffectiveDayAndTheHistoryStillAnswersForEarlierDays() {
        give(Set.of(KELA, EMPLOYMENT_SERVICES), "2026-03-01", null);
        withdraw(Set.of(KELA), "2026-06-01");

        assertTrue(inForce(KELA, "2026-05-31"));
        assertFalse(inForce(KELA, "2026-06-01"));
        assertTrue(inForce(EMPLOYMENT_SERVICES, "2030-01-01"));
        assertEquals(
                Optional.of(
                        new ConsentPeriods.Period(KELA, LocalDate.parse("2026-03-01"), LocalDate.parse("2026-05-31"))),
                new ConsentHistory(decisions).inForce(KELA, LocalDate.parse("2026-04-01")));
    }

    @Test
    void consentGivenAgainAfterAWithdrawalIsInForceAgain() {
        give(Set.of(KELA), "2026-03-01", null);
        withdraw(Set.of(KELA), "2026-04-01");
        give(Set.of(KELA), "2026-05-01", "2026-12-31");

        assertTrue(inForce(KELA, "2026-03-15"));
        assertFalse(inForce(KELA, "2026-04-15"));
        assertTrue(inForce(KELA, "2026-05-01"));
        assertFalse(inForce(KELA, "2027-01-01"));
    }

    @Test
    void onlyWhatIsInForceOrStillToComeCanBeWithdrawn() {
        give(Set.of(KELA), "2026-03-01", "2026-03-31");
        give(Set.of(EMPLOYMENT_SERVICES), "2026-09-01", null);
        ConsentHistory history = new ConsentHistory(decisions);

        assertTrue(history.withdrawable(KELA, LocalDate.parse("2026-03-15")));
        assertFalse(history.withdrawable(KELA, LocalDate.parse("2026-04-01")));
        assertTrue(history.withdrawable(EMPLOYMENT_SERVICES, LocalDate.parse("2026-05-01")));
        withdraw(Set.of(EMPLOYMENT_SERVICES), "2026-05-01");
        assertFalse(new ConsentHistory(decisions).withdrawable(EMPLOYMENT_SERVICES, LocalDate.parse("2026-05-01")));
    }

    @Test
    void theHistoryIsInRecordingOrderWhateverOrderItWasLoadedIn() {
        give(Set.of(KELA), "2026-03-01", null);
        withdraw(Set.of(KELA), "2026-04-01");
        List<ConsentDecision> reversed = new ArrayList<>(decisions.reversed());

        assertFalse(new ConsentHistory(reversed)
                .inForce(KELA, LocalDate.parse("2026-05-01"))
                .isPresent());
        assertEquals(
                ConsentDecision.Kind.GIVEN,
                new ConsentHistory(reversed).decisions().getFirst().kind);
    }

    @Test
    void aPeriodEndingBeforeItStartsOrNamingNobodyIsRefused() {
        InvalidField backwards = assertThrows(InvalidField.class, () -> give(Set.of(KELA), "2026-03-01", "2026-02-28"));
        assertEquals(InvalidField.class, backwards.getClass());
        assertTrue(backwards.getMessage().startsWith("validUntil:"), backwards.getMessage());
        assertThrows(IllegalArgumentException.class, () -> give(Set.of(), "2026-03-01", null));
    }

    @Test
    void nothingEndsInThePast() {
        assertTrue(assertThrows(InvalidField.class, () -> give(Set.of(KELA), "2025-01-01", "2025-12-31"))
                .getMessage()
                .startsWith("validUntil: must not be in the past"));
        assertTrue(assertThrows(InvalidField.class, () -> withdraw(Set.of(KELA), "2025-12-31"))
                .getMessage()
                .startsWith("effectiveFrom: must not be in the past"));
    }

    @Test
    void eventsCarryTheDecisionButNotWhoRecordedIt() {
        give(Set.of(KELA, EMPLOYMENT_SERVICES), "2026-03-01", "2026-12-31");
        withdraw(Set.of(KELA), "2026-06-01");

        ConsentGiven given = (ConsentGiven) decisions.get(0).event();
        assertEquals(List.of(KELA, EMPLOYMENT_SERVICES), given.organisationTypes());
        assertEquals(LocalDate.parse("2026-12-31"), given.validUntil());
        ConsentWithdrawn withdrawn = (ConsentWithdrawn) decisions.get(1).event();
        assertEquals(LocalDate.parse("2026-06-01"), withdrawn.effectiveFrom());
        assertEquals(CLIENT, withdrawn.subject());
    }
}
