package fi.polku.team.meeting;

import fi.polku.events.TeamMeetingHeld;
import fi.polku.platform.FinnishTime;
import fi.polku.platform.outbox.OutboxWriter;
import fi.polku.platform.paging.Page;
import fi.polku.team.clientteam.ClientTeam;
import fi.polku.team.clientteam.ClientTeamService;
import fi.polku.team.network.NetworkService;
import fi.polku.team.pathway.PathwayService;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/** Records a client team's meetings and publishes each, with its coded decisions, in the same transaction. */
@ApplicationScoped
public class MeetingService {

    @Inject
    PathwayService pathways;

    @Inject
    ClientTeamService teams;

    @Inject
    NetworkService network;

    @Inject
    OutboxWriter outbox;

    @Inject
    Clock clock;

    /**
     * Records a held meeting of the pathway's team. Refused while the pathway is closed: a close that arrives while the
     * meeting is being recorded waits for it, and a meeting recorded after the close is a 409.
     */
    @Transactional
    public TeamMeeting record(UUID pathwayId, List<UUID> attendees, TeamMeeting.Details details, String actor) {
        pathways.openForChange(pathwayId);
        ClientTeam team = teams.forActivity(pathwayId);
        MeetingRules.check(
                details.heldOn(),
                details.nextMeetingOn(),
                attendees,
                teams.currentMembers(team).keySet(),
                FinnishTime.today(clock));
        Instant now = clock.instant();
        TeamMeeting meeting = TeamMeeting.record(
                pathwayId,
                team.id,
                new TeamMeeting.Details(
                        details.heldOn(),
                        details.format(),
                        new LinkedHashSet<>(attendees),
                        details.clientPresent(),
                        details.decisions(),
                        details.nextMeetingOn(),
                        details.summary()),
                actor,
                now);
        meeting.persist();
        outbox.append(
                new TeamMeetingHeld(
                        pathwayId,
                        team.id,
                        meeting.id,
                        details.format(),
                        attendees.stream()
                                .map(id -> network.professional(id).details().profession())
                                .distinct()
                                .sorted()
                                .toList(),
                        details.clientPresent(),
                        details.decisions().stream().sorted().toList(),
                        details.heldOn(),
                        details.nextMeetingOn()),
                now);
        return meeting;
    }

    /** The pathway's meetings, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<TeamMeeting> of(UUID pathwayId, int page, int size) {
        var query = TeamMeeting.<TeamMeeting>find(
                "pathwayId",
                Sort.descending("heldOn")
                        .and("recordedAt", Sort.Direction.Descending)
                        .and("id"),
                pathwayId);
        return new Page<>(query.page(page, size).list(), query.count(), page, size);
    }
}
