package fi.polku.events;

import static fi.polku.events.OrganisationType.EMPLOYMENT_SERVICES;
import static fi.polku.events.OrganisationType.KELA;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ConsentPeriodsTest {

    private static final LocalDate MARCH = LocalDate.parse("2026-03-01");

    private static ConsentPeriods.Decision given(String from, String until, OrganisationType... types) {
        return new ConsentPeriods.Decision(
                true, Set.of(types), LocalDate.parse(from), until == null ? null : LocalDate.parse(until));
    }

    private static ConsentPeriods.Decision withdrawn(String from, OrganisationType... types) {
        return new ConsentPeriods.Decision(false, Set.of(types), LocalDate.parse(from), null);
    }

    private static Optional<ConsentPeriods.Period> kelaOn(List<ConsentPeriods.Decision> decisions, String day) {
        return ConsentPeriods.inForce(decisions, KELA, LocalDate.parse(day));
    }

    @Test
    void consentIsInForceWithinItsPeriodAndLapsesAfterItsEnd() {
        List<ConsentPeriods.Decision> decisions = List.of(given("2026-03-01", "2026-06-30", KELA, EMPLOYMENT_SERVICES));
        assertEquals(Optional.empty(), kelaOn(decisions, "2026-02-28"));
        assertEquals(
                Optional.of(new ConsentPeriods.Period(KELA, MARCH, LocalDate.parse("2026-06-30"))),
                kelaOn(decisions, "2026-06-30"));
        assertEquals(Optional.empty(), kelaOn(decisions, "2026-07-01"));
        assertEquals(Optional.empty(), ConsentPeriods.inForce(decisions, OrganisationType.THIRD_SECTOR, MARCH));
    }

    @Test
    void aWithdrawalEndsThePeriodTheDayBeforeItTakesEffectForItsTypesOnly() {
        List<ConsentPeriods.Decision> decisions =
                List.of(given("2026-03-01", null, KELA, EMPLOYMENT_SERVICES), withdrawn("2026-04-01", KELA));
        assertEquals(
                Optional.of(new ConsentPeriods.Period(KELA, MARCH, LocalDate.parse("2026-03-31"))),
                kelaOn(decisions, "2026-03-31"));
        assertEquals(Optional.empty(), kelaOn(decisions, "2026-04-01"));
        assertEquals(
                Optional.of(new ConsentPeriods.Period(EMPLOYMENT_SERVICES, MARCH, null)),
                ConsentPeriods.inForce(decisions, EMPLOYMENT_SERVICES, LocalDate.parse("2026-05-01")));
    }

    @Test
    void consentGivenAgainAfterAWithdrawalStartsANewPeriod() {
        List<ConsentPeriods.Decision> decisions = List.of(
                given("2026-03-01", null, KELA), withdrawn("2026-04-01", KELA), given("2026-05-01", null, KELA));
        assertEquals(Optional.empty(), kelaOn(decisions, "2026-04-15"));
        assertEquals(
                Optional.of(new ConsentPeriods.Period(KELA, LocalDate.parse("2026-05-01"), null)),
                kelaOn(decisions, "2026-05-01"));
    }

    @Test
    void decisionsAreReadFromTheirEvents() {
        ConsentGiven given = new ConsentGiven(
                UUID.randomUUID(),
                UUID.randomUUID(),
                List.of(KELA),
                MARCH,
                null,
                Instant.parse("2026-03-01T08:00:00Z"));
        assertEquals(new ConsentPeriods.Decision(true, Set.of(KELA), MARCH, null), ConsentPeriods.Decision.of(given));
    }
}
