package fi.polku.team.contact;

import fi.polku.events.ClientContactRecorded;
import fi.polku.events.ContactKind;
import fi.polku.platform.FinnishTime;
import fi.polku.platform.outbox.OutboxWriter;
import fi.polku.platform.paging.Page;
import fi.polku.platform.rule.InvalidField;
import fi.polku.platform.rule.RuleBroken;
import fi.polku.team.clientteam.ClientTeam;
import fi.polku.team.clientteam.ClientTeamMember;
import fi.polku.team.clientteam.ClientTeamService;
import fi.polku.team.network.NetworkService;
import fi.polku.team.pathway.PathwayService;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Records client contacts and publishes each in the same transaction. */
@ApplicationScoped
public class ClientContactService {

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
     * Records a contact by a current member of the pathway's open client team, on a day that has come; whether it
     * counts as the coordinator's is what the team said at the time of recording.
     *
     * @param ownOnly the actor is an outside organisation's member, who records their own contacts and no one else's
     */
    @Transactional
    public ClientContact record(
            UUID pathwayId,
            UUID professionalId,
            ContactKind kind,
            int durationMinutes,
            LocalDate contactOn,
            String actor,
            boolean ownOnly) {
        if (ownOnly && !professionalId.toString().equals(actor)) {
            throw new RuleBroken(
                    "own-contact",
                    "professionalId",
                    "must be the caller's own: an outside organisation's member records their own contacts");
        }
        pathways.openForChange(pathwayId);
        ClientTeam team = teams.forActivity(pathwayId);
        if (contactOn.isAfter(FinnishTime.today(clock))) {
            throw new InvalidField("contactOn", "must not be in the future: a contact is recorded once made");
        }
        ClientTeamMember member = teams.currentMembers(team).get(professionalId);
        if (member == null) {
            throw new RuleBroken(
                    "contact-by-member", "professionalId", "must be a current member of the client's team");
        }
        Instant now = clock.instant();
        ClientContact contact = ClientContact.of(
                pathwayId, team.id, professionalId, kind, durationMinutes, contactOn, member.coordinator, actor, now);
        contact.persist();
        outbox.append(
                new ClientContactRecorded(
                        pathwayId,
                        contact.id,
                        kind,
                        durationMinutes,
                        network.professional(professionalId).details().profession(),
                        member.coordinator,
                        contactOn),
                now);
        return contact;
    }

    /** The pathway's contacts, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ClientContact> of(UUID pathwayId, int page, int size) {
        var query = ClientContact.<ClientContact>find(
                "pathwayId",
                Sort.descending("contactOn")
                        .and("recordedAt", Sort.Direction.Descending)
                        .and("id"),
                pathwayId);
        return new Page<>(query.page(page, size).list(), query.count(), page, size);
    }
}
