package fi.polku.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The client's team met. What was said stays in team-service; the coded decisions travel.
 *
 * @param pathwayId     the pathway
 * @param clientTeamId  the client's team
 * @param meetingId     the meeting
 * @param format        in person, remote or hybrid
 * @param professions   the professions present (no names)
 * @param clientPresent whether the client took part
 * @param decisions     what the team decided, coded
 * @param heldOn        the day it was held
 * @param nextMeetingOn the day of the next meeting, when one was set
 */
public record TeamMeetingHeld(
        UUID pathwayId,
        UUID clientTeamId,
        UUID meetingId,
        MeetingFormat format,
        List<Profession> professions,
        boolean clientPresent,
        List<MeetingDecision> decisions,
        LocalDate heldOn,
        LocalDate nextMeetingOn)
        implements PathwayEvent {

    public TeamMeetingHeld {
        Objects.requireNonNull(pathwayId, "pathwayId");
        Objects.requireNonNull(clientTeamId, "clientTeamId");
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(format, "format");
        professions = List.copyOf(professions);
        decisions = List.copyOf(decisions);
        Objects.requireNonNull(heldOn, "heldOn");
    }
}
