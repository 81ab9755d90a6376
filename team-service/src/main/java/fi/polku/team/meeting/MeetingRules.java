package fi.polku.team.meeting;

import fi.polku.platform.rule.InvalidField;
import fi.polku.platform.rule.RuleBroken;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** What a meeting record must keep: it was held, by members of the client's team, and the next one comes after it. */
final class MeetingRules {

    private MeetingRules() {}

    /**
     * @param attendees the attending members in the order the request names them
     * @param members   the client team's current members
     * @param today     today in Finnish time
     */
    static void check(
            LocalDate heldOn, LocalDate nextMeetingOn, List<UUID> attendees, Set<UUID> members, LocalDate today) {
        if (heldOn.isAfter(today)) {
            throw new InvalidField("heldOn", "must not be in the future: a meeting is recorded once held");
        }
        if (nextMeetingOn != null && !nextMeetingOn.isAfter(heldOn)) {
            throw new InvalidField("nextMeetingOn", "must be after heldOn");
        }
        if (attendees.isEmpty()) {
            throw new InvalidField("attendingMemberIds", "must name at least one attending member");
        }
        for (int i = 0; i < attendees.size(); i++) {
            if (attendees.indexOf(attendees.get(i)) != i) {
                throw new InvalidField("attendingMemberIds[" + i + "]", "names a member twice");
            }
            if (!members.contains(attendees.get(i))) {
                throw new RuleBroken(
                        "attendee-is-member",
                        "attendingMemberIds[" + i + "]",
                        "must be a current member of the client's team");
            }
        }
    }
}
