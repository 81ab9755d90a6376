package fi.polku.indicator.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.polku.events.Profession;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StaffingTest {

    private static final Instant JAN = Instant.parse("2030-01-01T00:00:00Z");
    private static final Instant FEB = Instant.parse("2030-02-01T00:00:00Z");
    private static final Instant MAR = Instant.parse("2030-03-01T00:00:00Z");
    private static final UUID NORTH = UUID.randomUUID();
    private static final UUID SOUTH = UUID.randomUUID();
    private static final UUID SOUTH_TWO = UUID.randomUUID();

    private static Staffing.TeamVersion team(UUID id, String name, String area, boolean active, Instant at) {
        return new Staffing.TeamVersion(id, at, name, area, active);
    }

    private static Staffing.ProfessionalVersion professional(
            UUID id, Profession profession, String fte, Set<UUID> teams, boolean active, Instant at) {
        return new Staffing.ProfessionalVersion(id, at, profession, "COUNTY", new BigDecimal(fte), teams, active);
    }

    private static Staffing.Line line(long headcount, String fte) {
        return new Staffing.Line(headcount, new BigDecimal(fte));
    }

    private final UUID nurse = UUID.randomUUID();
    private final UUID coordinator = UUID.randomUUID();
    private final Staffing staffing = new Staffing(
            List.of(
                    team(NORTH, "Pohjoinen", "North", true, JAN), team(SOUTH, "Etelä", "South", true, JAN),
                    team(SOUTH_TWO, "Etelä 2", "South", true, JAN), team(SOUTH_TWO, "Etelä 2", "South", false, FEB)),
            List.of(
                    professional(
                            nurse,
                            Profession.UNEMPLOYED_HEALTH_NURSE,
                            "0.75",
                            Set.of(NORTH, SOUTH, SOUTH_TWO),
                            true,
                            JAN),
                    professional(coordinator, Profession.WORK_ABILITY_COORDINATOR, "1.00", Set.of(SOUTH), true, JAN),
                    professional(coordinator, Profession.WORK_ABILITY_COORDINATOR, "0.50", Set.of(SOUTH), false, FEB)));

    @Test
    void aProfessionalInSeveralTeamsCountsInEachWithAShareAndOncePerAreaAndInTheWhole() {
        assertEquals(
                Map.of("Etelä", line(2, "1.25"), "Etelä 2", line(1, "0.25"), "Pohjoinen", line(1, "0.25")),
                staffing.before(FEB, Optional.of(Staffing.By.TEAM)));
        assertEquals(
                Map.of("North", line(1, "0.25"), "South", line(2, "1.50")),
                staffing.before(FEB, Optional.of(Staffing.By.AREA)));
        assertEquals(
                Map.of("UNEMPLOYED_HEALTH_NURSE", line(1, "0.75"), "WORK_ABILITY_COORDINATOR", line(1, "1.00")),
                staffing.before(FEB, Optional.of(Staffing.By.PROFESSION)));
        assertEquals(Map.of("", line(2, "1.75")), staffing.before(FEB, Optional.empty()));
    }

    @Test
    void aVersionMadeAtTheEndCountsInTheNextPeriodAndInactiveTeamsAndProfessionalsDropOut() {
        assertEquals(Map.of(), staffing.before(JAN, Optional.empty()), "nothing before the first versions");
        assertEquals(
                Map.of("Etelä", line(1, "0.38"), "Pohjoinen", line(1, "0.38")),
                staffing.before(MAR, Optional.of(Staffing.By.TEAM)),
                "the coordinator left and the nurse's share is over the two teams still active");
        assertEquals(Map.of("", line(1, "0.75")), staffing.before(MAR, Optional.empty()));
    }

    @Test
    void aProfessionalWithNoActiveTeamIsNotCounted() {
        UUID alone = UUID.randomUUID();
        Staffing onlyInClosedTeam = new Staffing(
                List.of(team(SOUTH_TWO, "Etelä 2", "South", false, JAN)),
                List.of(professional(alone, Profession.DOCTOR, "0.20", Set.of(SOUTH_TWO), true, JAN)));
        assertEquals(Map.of(), onlyInClosedTeam.before(FEB, Optional.empty()));
    }
}
