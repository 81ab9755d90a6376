package fi.polku.events;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The client's team met. What was said stays in team-service.
 *
 * @param pathwayId     the pathway
 * @param meetingId     the meeting
 * @param format        in person, remote or hybrid
 * @param professions   the professions present (no names)
 * @param clientPresent whether the client took part
 * @param heldAt        when it was held
 */
public record TeamMeetingHeld(UUID pathwayId, UUID meetingId, MeetingFormat format, List<Profession> professions,
        boolean clientPresent, Instant heldAt) implements PathwayEvent {

    public TeamMeetingHeld {
        Objects.requireNonNull(pathwayId, "pathwayId");
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(format, "format");
        professions = List.copyOf(professions);
        Objects.requireNonNull(heldAt, "heldAt");
    }
}
