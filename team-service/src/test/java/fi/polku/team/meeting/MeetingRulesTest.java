package fi.polku.team.meeting;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.polku.platform.rule.InvalidField;
import fi.polku.platform.rule.RuleBroken;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MeetingRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final UUID A = UUID.randomUUID();
    private static final UUID B = UUID.randomUUID();

    private static String refused(LocalDate heldOn, LocalDate next, List<UUID> attendees) {
        return assertThrows(InvalidField.class, () -> MeetingRules.check(heldOn, next, attendees, Set.of(A, B), TODAY))
                .getMessage();
    }

    @Test
    void aMeetingIsRecordedOnceHeldByMembersWithTheNextOneAfterIt() {
        assertDoesNotThrow(() -> MeetingRules.check(TODAY, TODAY.plusDays(1), List.of(A, B), Set.of(A, B), TODAY));
        assertDoesNotThrow(() -> MeetingRules.check(TODAY.minusYears(1), null, List.of(B), Set.of(A, B), TODAY));
        assertEquals(
                "heldOn: must not be in the future: a meeting is recorded once held",
                refused(TODAY.plusDays(1), null, List.of(A)));
        assertEquals("nextMeetingOn: must be after heldOn", refused(TODAY, TODAY, List.of(A)));
        assertEquals("attendingMemberIds: must name at least one attending member", refused(TODAY, null, List.of()));
        assertEquals("attendingMemberIds[1]: names a member twice", refused(TODAY, null, List.of(A, A)));
        RuleBroken stranger = assertThrows(
                RuleBroken.class,
                () -> MeetingRules.check(TODAY, null, List.of(A, UUID.randomUUID()), Set.of(A, B), TODAY));
        assertEquals("attendee-is-member", stranger.rule());
    }
}
