package fi.polku.team.clientteam;

import fi.polku.events.ClientCoordinatorAssigned;
import fi.polku.events.OrganisationType;
import fi.polku.events.Profession;
import fi.polku.events.TeamAssembled;
import fi.polku.platform.FinnishTime;
import fi.polku.platform.outbox.OutboxWriter;
import fi.polku.platform.persistence.Constraints;
import fi.polku.platform.problem.ProblemException;
import fi.polku.team.consent.ConsentChanged;
import fi.polku.team.consent.Consents;
import fi.polku.team.network.NetworkService;
import fi.polku.team.network.Professional;
import fi.polku.team.pathway.KnownPathway;
import fi.polku.team.pathway.PathwayStatus;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
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
 * under a lock on the team's row, so two changes to one team are applied one after the other.
 */
@ApplicationScoped
public class ClientTeams {

    /** A member as a request names them. */
    public record Member(UUID professionalId, String roleInCase) {
    }

    private final NetworkService network;
    private final Consents consents;
    private final OutboxWriter outbox;
    private final EntityManager em;
    private final Clock clock;

    ClientTeams(NetworkService network, Consents consents, OutboxWriter outbox, EntityManager em, Clock clock) {
        this.network = network;
        this.consents = consents;
        this.outbox = outbox;
        this.em = em;
        this.clock = clock;
    }

    /**
     * Assembles the pathway's team, or recomposes it: members not named leave, new ones join, the coordinator is the
     * one named. Publishes team.assembled the first time and client-coordinator-assigned whenever the coordinator
     * changes.
     */
    @Transactional
    public ClientTeam compose(KnownPathway pathway, List<Member> members, UUID coordinatorId) {
        openUnderLock(pathway);
        Instant now = clock.instant();
        List<Professional> professionals = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            UUID id = members.get(i).professionalId();
            int index = i;
            professionals.add(network.findProfessional(id).orElseThrow(() -> ProblemException.invalidField(
                    "members[" + index + "].professionalId", "is not a professional of the network")));
        }
        List<Composition.Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            Professional.Details details = professionals.get(i).details();
            candidates.add(new Composition.Candidate(members.get(i).professionalId(), details.profession(),
                    details.organisation().outsideType(), details.active(), members.get(i).roleInCase()));
        }
        Composition.check(candidates, coordinatorId, type -> consentInForce(pathway.clientId(), type));

        Optional<ClientTeam> existing = locked(pathway.pathwayId());
        ClientTeam team = existing.orElseGet(() -> persistNew(ClientTeam.assemble(pathway.pathwayId(),
                pathway.clientId(), now)));
        Map<UUID, ClientTeamMember> current = active(team).stream()
                .collect(Collectors.toMap(ClientTeamMember::professionalId, Function.identity()));
        Map<UUID, Member> wanted = members.stream().collect(Collectors.toMap(Member::professionalId, Function.identity()));
        Optional<UUID> previousCoordinator = current.values().stream().filter(ClientTeamMember::coordinator)
                .map(ClientTeamMember::professionalId).findFirst();

        current.values().stream().filter(m -> !wanted.containsKey(m.professionalId()))
                .forEach(m -> m.leave(LeavingReason.REMOVED, now));
        current.values().forEach(m -> m.coordinator = false);
        em.flush();
        for (Member member : members) {
            ClientTeamMember joined = current.get(member.professionalId());
            if (joined == null) {
                joined = ClientTeamMember.join(team.id(), member.professionalId(), member.roleInCase(), now);
                joined.persist();
            } else {
                joined.roleInCase = member.roleInCase() == null || member.roleInCase().isBlank()
                        ? null : member.roleInCase().strip();
            }
            joined.coordinator = member.professionalId().equals(coordinatorId);
        }
        if (existing.isEmpty()) {
            outbox.append(new TeamAssembled(pathway.pathwayId(), team.id(),
                    candidates.stream().map(Composition.Candidate::profession).toList(), now), now);
        }
        if (!previousCoordinator.equals(Optional.of(coordinatorId))) {
            outbox.append(new ClientCoordinatorAssigned(pathway.pathwayId(), team.id(),
                    profession(candidates, coordinatorId), now), now);
        }
        return team;
    }

    /** Makes another current member the coordinator; recorded and published, as every change of coordinator is. */
    @Transactional
    public ClientTeam changeCoordinator(KnownPathway pathway, UUID professionalId) {
        openUnderLock(pathway);
        ClientTeam team = locked(pathway.pathwayId())
                .orElseThrow(() -> ProblemException.conflict("The pathway has no team yet: assemble it first"));
        List<ClientTeamMember> members = active(team);
        ClientTeamMember next = members.stream().filter(m -> m.professionalId().equals(professionalId)).findFirst()
                .orElseThrow(() -> ProblemException.invalidField("professionalId", "must be a member of the client's team"));
        if (next.coordinator()) {
            return team;
        }
        members.forEach(m -> m.coordinator = false);
        em.flush();
        next.coordinator = true;
        Instant now = clock.instant();
        outbox.append(new ClientCoordinatorAssigned(pathway.pathwayId(), team.id(),
                network.professional(professionalId).details().profession(), now), now);
        return team;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ClientTeam> find(UUID pathwayId) {
        return ClientTeam.<ClientTeam>find("pathwayId", pathwayId).firstResultOptional();
    }

    /** The team's members, current first (coordinator first among them), then those who left. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ClientTeamMember> members(ClientTeam team) {
        return ClientTeamMember.list("clientTeamId = ?1 order by leftAt nulls first, coordinator desc, joinedAt, id",
                team.id());
    }

    /**
     * When a client's consent changes, the members whose organisation it no longer covers leave every team of the
     * client, in the same transaction that kept the decision.
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
        List<ClientTeam> teams = ClientTeam.list("clientId", clientId);
        for (ClientTeam team : teams) {
            for (ClientTeamMember member : active(team)) {
                Optional<OrganisationType> outside = network.professional(member.professionalId()).details()
                        .organisation().outsideType();
                if (outside.isPresent() && !consentInForce(clientId, outside.get())) {
                    member.leave(LeavingReason.CONSENT_ENDED, now);
                }
            }
        }
    }

    private boolean consentInForce(UUID clientId, OrganisationType type) {
        return consents.inForce(clientId, type, FinnishTime.today(clock));
    }

    /**
     * Refuses a change to a closed pathway's team. The pathway's row is read under a share lock, so a close arriving
     * meanwhile waits for this change to commit and then applies: no change lands on a team after its pathway closed.
     */
    private void openUnderLock(KnownPathway pathway) {
        KnownPathway current = em.find(KnownPathway.class, pathway.pathwayId(), LockModeType.PESSIMISTIC_READ);
        if (current.status() != PathwayStatus.OPEN) {
            throw ProblemException.conflict("The pathway is closed: its team is frozen until the pathway is reopened");
        }
    }

    private Optional<ClientTeam> locked(UUID pathwayId) {
        return ClientTeam.<ClientTeam>find("pathwayId", pathwayId).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    private ClientTeam persistNew(ClientTeam team) {
        try {
            team.persistAndFlush();
            return team;
        } catch (PersistenceException e) {
            if (Constraints.violated(e)) {
                throw ProblemException.conflict("The team was assembled by someone else just now; read it and try again");
            }
            throw e;
        }
    }

    private static List<ClientTeamMember> active(ClientTeam team) {
        return ClientTeamMember.list("clientTeamId = ?1 and leftAt is null", team.id());
    }

    private static Profession profession(List<Composition.Candidate> candidates, UUID professionalId) {
        return candidates.stream().filter(c -> c.professionalId().equals(professionalId)).findFirst().orElseThrow()
                .profession();
    }
}
