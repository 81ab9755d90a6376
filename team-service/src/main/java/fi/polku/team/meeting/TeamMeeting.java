package fi.polku.team.meeting;

import fi.polku.events.MeetingDecision;
import fi.polku.events.MeetingFormat;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/** A meeting of a client's team, as recorded after it was held. */
@Entity
@Table(name = "team_meeting")
public class TeamMeeting extends PanacheEntityBase {

    /** What a meeting record says, checked by {@link MeetingRules} before it is kept. */
    public record Details(
            LocalDate heldOn,
            MeetingFormat format,
            Set<UUID> attendingMemberIds,
            boolean clientPresent,
            Set<MeetingDecision> decisions,
            LocalDate nextMeetingOn,
            String summary) {}

    @Id
    public UUID id;

    UUID pathwayId;

    public UUID clientTeamId;

    LocalDate heldOn;

    @Enumerated(EnumType.STRING)
    MeetingFormat format;

    boolean clientPresent;

    LocalDate nextMeetingOn;

    String summary;

    public String recordedBy;

    public Instant recordedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "team_meeting_attendee", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "professional_id")
    Set<UUID> attendees = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "team_meeting_decision", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "decision")
    @Enumerated(EnumType.STRING)
    Set<MeetingDecision> decisions = new LinkedHashSet<>();

    protected TeamMeeting() {}

    static TeamMeeting record(UUID pathwayId, UUID clientTeamId, Details details, String recordedBy, Instant now) {
        TeamMeeting meeting = new TeamMeeting();
        meeting.id = UUID.randomUUID();
        meeting.pathwayId = pathwayId;
        meeting.clientTeamId = clientTeamId;
        meeting.heldOn = details.heldOn();
        meeting.format = details.format();
        meeting.clientPresent = details.clientPresent();
        meeting.nextMeetingOn = details.nextMeetingOn();
        meeting.summary = details.summary() == null || details.summary().isBlank()
                ? null
                : details.summary().strip();
        meeting.attendees.addAll(details.attendingMemberIds());
        meeting.decisions.addAll(details.decisions());
        meeting.recordedBy = recordedBy;
        meeting.recordedAt = now;
        return meeting;
    }

    public Details details() {
        return new Details(
                heldOn, format, Set.copyOf(attendees), clientPresent, Set.copyOf(decisions), nextMeetingOn, summary);
    }
}
