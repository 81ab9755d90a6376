package fi.polku.team.clientteam;

import fi.polku.events.ClientCoordinatorChanged;
import fi.polku.events.LeavingReason;
import fi.polku.events.OrganisationType;
import fi.polku.events.TeamAssembled;
import fi.polku.events.TeamMember;
import fi.polku.events.TeamMemberJoined;
import fi.polku.events.TeamMemberLeft;
import fi.polku.platform.FinnishTime;
import fi.polku.platform.outbox.OutboxWriter;
import fi.polku.platform.persistence.Constraints;
import fi.polku.platform.rule.InvalidField;
import fi.polku.platform.rule.RuleBroken;
import fi.polku.platform.rule.StateConflict;
import fi.polku.team.consent.ConsentChanged;
import fi.polku.team.consent.ConsentService;
import fi.polku.team.network.NetworkService;
import fi.polku.team.network.Professional;
import fi.polku.team.pathway.KnownPathway;
import fi.polku.team.pathway.PathwayService;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Each client's team: composed from the network for an open pathway, with exactly one client coordinator, outside
 * organisations' professionals only under the client's consent, frozen while the pathway is closed. Every change runs
 * under a lock on the team's row, so two changes to one team are applied one after the other, and is published on
 * {@code pathway.team.v1} in the same transaction.
 */
@ApplicationScoped
public class ClientTeamService {

    /** A member as a request names them. */
    public record Member(UUID professionalId, String roleInCase) {}

    /**
     * Who is to be on the team and in which capacity. {@code socialWelfareClient} null keeps what the team says (and
     * its named social worker): an outside organisation's member is not told it, so cannot change it.
     */
    public record Request(
            List<Member> members, UUID coordinatorId, Boolean socialWelfareClient, UUID namedSocialWorkerId) {}

    @Inject
    NetworkService network;

    @Inject
    ConsentService consents;

    @Inject
    PathwayService pathways;

    @Inject
    OutboxWriter outbox;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * Assembles the pathway's team, or recomposes it: members not named leave, new ones join. The first composition
     * names the coordinator and publishes team.assembled; later ones keep the coordinator (a change of coordinator is
     * its own act, {@link #changeCoordinator}) and publish each member who joined or left.
     */
    @Transactional
    public ClientTeam compose(UUID pathwayId, Request request, String actor) {
        KnownPathway pathway = pathways.openForChange(pathwayId);
        Instant now = clock.instant();
        List<Member> members = request.members();
        List<Professional> professionals = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            int index = i;
            professionals.add(network.findProfessional(members.get(i).professionalId())
                    .orElseThrow(() -> new InvalidField(
                            "members[" + index + "].professionalId", "is not a professional of the network")));
        }
        List<Composition.Candidate> candidates =
                professionals.stream().map(ClientTeamService::candidate).toList();
        Optional<ClientTeam> existing = locked(pathwayId);
        boolean socialWelfareClient = request.socialWelfareClient() != null
                ? request.socialWelfareClient()
                : existing.map(clientTeam -> clientTeam.socialWelfareClient).orElse(false);
        UUID namedSocialWorker = request.socialWelfareClient() != null
                ? request.namedSocialWorkerId()
                : existing.map(clientTeam -> clientTeam.namedSocialWorkerId).orElse(null);
        Composition.check(
                candidates,
                new Composition.Roles(request.coordinatorId(), socialWelfareClient, namedSocialWorker),
                type -> consentInForce(pathway.clientId, type));

        if (existing.isEmpty()) {
            return assemble(pathway, request, socialWelfareClient, namedSocialWorker, professionals, actor, now);
        }
        ClientTeam team = existing.get();
        List<ClientTeamMember> current = active(team);
        Optional<ClientTeamMember> coordinator =
                current.stream().filter(member -> member.coordinator).findFirst();
        if (coordinator.isPresent() && !coordinator.get().professionalId.equals(request.coordinatorId())) {
            throw new RuleBroken(
                    "coordinator-change-is-explicit",
                    "coordinatorId",
                    "differs from the current client coordinator: change the coordinator with POST …/team/coordinator");
        }
        Map<UUID, ClientTeamMember> byProfessional =
                current.stream().collect(Collectors.toMap(member -> member.professionalId, Function.identity()));
        Map<UUID, Member> wanted =
                members.stream().collect(Collectors.toMap(Member::professionalId, Function.identity()));
        for (ClientTeamMember member : current) {
            if (!wanted.containsKey(member.professionalId)) {
                leave(team, member, LeavingReason.REMOVED, now);
            }
        }
        for (int i = 0; i < members.size(); i++) {
            Member member = members.get(i);
            ClientTeamMember joined = byProfessional.get(member.professionalId());
            if (joined == null) {
                ClientTeamMember.join(team.id, member.professionalId(), member.roleInCase(), now)
                        .persist();
                outbox.append(
                        new TeamMemberJoined(team.pathwayId, team.id, teamMember(professionals.get(i)), now), now);
            } else {
                joined.changeRole(member.roleInCase());
            }
        }
        if (coordinator.isEmpty()) {
            nameCoordinator(team, null, request.coordinatorId(), actor, now);
        }
        team.socialWelfare(socialWelfareClient, namedSocialWorker);
        return team;
    }

    /** Makes another current member the coordinator: recorded with who did it, and published. */
    @Transactional
    public ClientTeam changeCoordinator(UUID pathwayId, UUID professionalId, String actor) {
        pathways.openForChange(pathwayId);
        ClientTeam team = locked(pathwayId)
                .orElseThrow(() -> new StateConflict("The pathway has no team yet: assemble it first"));
        List<ClientTeamMember> members = active(team);
        Optional<ClientTeamMember> next = members.stream()
                .filter(m -> m.professionalId.equals(professionalId))
                .findFirst();
        Composition.checkNextCoordinator(next.map(m -> candidate(network.professional(m.professionalId))));
        if (next.get().coordinator) {
            return team;
        }
        Optional<ClientTeamMember> previous =
                members.stream().filter(member -> member.coordinator).findFirst();
        previous.ifPresent(ClientTeamMember::stopCoordinating);
        em.flush();
        nameCoordinator(
                team,
                previous.map(member -> member.professionalId).orElse(null),
                professionalId,
                actor,
                clock.instant());
        return team;
    }

    /** Makes a current member the coordinator: kept with who did it, and published. */
    private void nameCoordinator(ClientTeam team, UUID previous, UUID professionalId, String actor, Instant now) {
        em.flush();
        ClientTeamMember.<ClientTeamMember>find(
                        "clientTeamId = ?1 and professionalId = ?2 and leftAt is null", team.id, professionalId)
                .firstResult()
                .coordinate();
        CoordinatorChange.of(team.id, previous, professionalId, now, actor).persist();
        outbox.append(
                new ClientCoordinatorChanged(
                        team.pathwayId,
                        team.id,
                        previous,
                        professionalId,
                        network.professional(professionalId).details().profession(),
                        now),
                now);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ClientTeam> find(UUID pathwayId) {
        return ClientTeam.<ClientTeam>find("pathwayId", pathwayId).firstResultOptional();
    }

    /** The team's members, current first (coordinator first among them), then those who left. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ClientTeamMember> members(ClientTeam team) {
        return ClientTeamMember.list(
                "clientTeamId = ?1 order by leftAt nulls first, coordinator desc, joinedAt, id", team.id);
    }

    /** Who coordinated the team, from the first, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CoordinatorChange> coordinatorChanges(ClientTeam team) {
        return CoordinatorChange.list("clientTeamId = ?1 order by changedAt, id", team.id);
    }

    /**
     * The pathway's team for recording what it does (a meeting, a contact), read under a share lock so that its
     * membership cannot change until the record commits; 409 while there is no team.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ClientTeam forActivity(UUID pathwayId) {
        return ClientTeam.<ClientTeam>find("pathwayId", pathwayId)
                .withLock(LockModeType.PESSIMISTIC_READ)
                .firstResultOptional()
                .orElseThrow(() -> new StateConflict("The pathway has no client team yet: assemble it first"));
    }

    /** The team's current members, by professional. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<UUID, ClientTeamMember> currentMembers(ClientTeam team) {
        return active(team).stream().collect(Collectors.toMap(member -> member.professionalId, Function.identity()));
    }

    /**
     * When a client's consent changes, the members whose organisation it no longer covers leave every team of the
     * client, in the same transaction that kept the decision. This overrides a closed pathway's freeze: access must
     * end with consent.
     */
    void onConsentChanged(@Observes ConsentChanged changed) {
        removeMembersWithoutConsent(changed.clientId());
    }

    /** Consent can lapse at its end date with no event: each morning, the members it covered leave. */
    @Scheduled(cron = "0 5 0 * * ?", timeZone = "Europe/Helsinki", identity = "client-team-consent-lapses")
    @Transactional
    void sweepLapsedConsents() {
        List<UUID> clients = em.createQuery("""
                select distinct t.clientId from ClientTeam t, ClientTeamMember m, Professional p
                where m.clientTeamId = t.id and m.leftAt is null and p.id = m.professionalId
                  and p.organisationType <> 'COUNTY'""", UUID.class).getResultList();
        clients.forEach(this::removeMembersWithoutConsent);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void removeMembersWithoutConsent(UUID clientId) {
        Instant now = clock.instant();
        for (ClientTeam team : ClientTeam.<ClientTeam>list("clientId", clientId)) {
            for (ClientTeamMember member : active(team)) {
                Optional<OrganisationType> outside = network.professional(member.professionalId)
                        .details()
                        .organisation()
                        .outsideType();
                if (outside.isPresent() && !consentInForce(clientId, outside.get())) {
                    leave(team, member, LeavingReason.CONSENT_ENDED, now);
                }
            }
        }
    }

    private ClientTeam assemble(
            KnownPathway pathway,
            Request request,
            boolean socialWelfareClient,
            UUID namedSocialWorker,
            List<Professional> professionals,
            String actor,
            Instant now) {
        ClientTeam team = persistNew(
                ClientTeam.assemble(pathway.pathwayId, pathway.clientId, now, socialWelfareClient, namedSocialWorker));
        for (Member member : request.members()) {
            ClientTeamMember joined = ClientTeamMember.join(team.id, member.professionalId(), member.roleInCase(), now);
            if (member.professionalId().equals(request.coordinatorId())) {
                joined.coordinate();
            }
            joined.persist();
        }
        CoordinatorChange.of(team.id, null, request.coordinatorId(), now, actor).persist();
        outbox.append(
                new TeamAssembled(
                        pathway.pathwayId,
                        team.id,
                        professionals.stream()
                                .map(ClientTeamService::teamMember)
                                .toList(),
                        request.coordinatorId(),
                        now),
                now);
        return team;
    }

    private void leave(ClientTeam team, ClientTeamMember member, LeavingReason reason, Instant now) {
        member.leave(reason, now);
        outbox.append(
                new TeamMemberLeft(
                        team.pathwayId,
                        team.id,
                        member.professionalId,
                        network.professional(member.professionalId).details().profession(),
                        reason,
                        now),
                now);
    }

    private boolean consentInForce(UUID clientId, OrganisationType type) {
        return consents.inForce(clientId, type, FinnishTime.today(clock));
    }

    private Optional<ClientTeam> locked(UUID pathwayId) {
        return ClientTeam.<ClientTeam>find("pathwayId", pathwayId)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    private ClientTeam persistNew(ClientTeam team) {
        try {
            team.persistAndFlush();
            return team;
        } catch (PersistenceException e) {
            if (Constraints.violated(e)) {
                throw new StateConflict("The team was assembled by someone else just now; read it and try again");
            }
            throw e;
        }
    }

    private static List<ClientTeamMember> active(ClientTeam team) {
        return ClientTeamMember.list("clientTeamId = ?1 and leftAt is null", team.id);
    }

    private static Composition.Candidate candidate(Professional professional) {
        Professional.Details details = professional.details();
        return new Composition.Candidate(
                professional.id,
                details.profession(),
                details.organisation().outsideType(),
                details.active(),
                details.socialWelfare());
    }

    private static TeamMember teamMember(Professional professional) {
        Professional.Details details = professional.details();
        return new TeamMember(
                professional.id, details.profession(), details.organisation().code());
    }
}
