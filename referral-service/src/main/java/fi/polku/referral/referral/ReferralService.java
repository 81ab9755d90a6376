package fi.polku.referral.referral;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.polku.events.OrganisationType;
import fi.polku.events.PathwayType;
import fi.polku.events.Redirection;
import fi.polku.events.ReferralAccepted;
import fi.polku.events.RejectionReason;
import fi.polku.platform.accesslog.ClientLookup;
import fi.polku.platform.outbox.OutboxWriter;
import fi.polku.platform.paging.Criteria;
import fi.polku.platform.paging.Page;
import fi.polku.platform.rule.Contradiction;
import fi.polku.platform.rule.InvalidField;
import fi.polku.platform.rule.NotFound;
import fi.polku.platform.rule.RuleBroken;
import fi.polku.platform.rule.StateConflict;
import fi.polku.referral.client.ClientService;
import fi.polku.referral.pathway.Pathway;
import fi.polku.referral.pathway.PathwayService;
import fi.polku.referral.team.KnownTeam;
import fi.polku.referral.team.TeamService;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ReferralService {

    @Inject
    OutboxWriter outbox;

    @Inject
    ClientService clients;

    @Inject
    PathwayService pathways;

    @Inject
    TeamService teams;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    /** The referral a request led to, and whether an earlier request with the same key had created it. */
    public record Receipt(Referral referral, boolean replayed) {}

    /** The access log's way from a referral named in a path to its client. */
    @Produces
    @Singleton
    static ClientLookup clientOfReferral(EntityManager em) {
        return ClientLookup.ofRows("referral", em, "referral", "id");
    }

    /**
     * Stores the referral and its {@code referral.received} event in one transaction. The client must be
     * registered: the event's age band and municipality come from the client record.
     *
     * <p>With an idempotency key, the caller's first request with that key creates the referral and a
     * repeat returns it unchanged; the same key with a different request is refused. The key is claimed
     * with an insert before anything else, so concurrent repeats wait for the first and then replay it.
     */
    @Transactional
    public Receipt receive(NewReferral details, Optional<OrganisationType> referrer, Optional<IdempotencyKey> key) {
        Referral.requireOwnSource(details.source(), referrer);
        Instant now = clock.instant();
        ClientService.Disclosed client = clients.disclosedOn(details.clientId(), now)
                .orElseThrow(() -> new InvalidField("clientId", "no client with this id is registered"));
        Optional<UUID> openPathway = pathways.openFor(client.clientId()).map(pathway -> pathway.id);
        Referral referral = Referral.receive(details, client.ageGroup(), client.municipalityCode(), openPathway, now);
        if (key.isPresent()) {
            byte[] digest = digest(details);
            int claimed = em.createNativeQuery("""
                    insert into referral_idempotency (caller, idempotency_key, request_digest, referral_id, created_at)
                    values (?1, ?2, ?3, ?4, ?5) on conflict do nothing""")
                    .setParameter(1, key.get().caller())
                    .setParameter(2, key.get().key())
                    .setParameter(3, digest)
                    .setParameter(4, referral.id)
                    .setParameter(5, now)
                    .executeUpdate();
            if (claimed == 0) {
                return new Receipt(replay(key.get(), digest), true);
            }
        }
        referral.persist();
        outbox.append(referral.receivedEvent(), referral.receivedAt);
        return new Receipt(referral, false);
    }

    /** Whether the caller has had a referral received under this key. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean receivedUnder(IdempotencyKey key) {
        return ((Number) em.createNativeQuery(
                                        "select count(*) from referral_idempotency where caller = ?1 and idempotency_key = ?2")
                                .setParameter(1, key.caller())
                                .setParameter(2, key.key())
                                .getSingleResult())
                        .longValue()
                > 0;
    }

    /** The client's most recently received referral, if any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Referral> latestOf(UUID clientId) {
        return Referral.<Referral>find("clientId = ?1 order by receivedAt desc, id desc", clientId)
                .firstResultOptional();
    }

    /**
     * Accepts a referral. On a client without an open pathway it opens the referral's pathway
     * ({@code pathway.opened}, then {@code referral.accepted}); on the client's open pathway it only
     * accepts. A referral received before another one opened a pathway would open a second: refused.
     */
    @Transactional
    public Referral accept(UUID id, PathwayType type, String area, UUID teamId) {
        Assignment assignment = assignment(area, teamId);
        Referral referral = lockedReferral(id);
        Optional<Pathway> open = pathways.openFor(referral.clientId);
        if (open.isPresent() && !open.get().id.equals(referral.pathwayId)) {
            throw new StateConflict("The client already has open pathway " + open.get().id + "; accepting referral "
                    + id + " would open a second one");
        }
        if (open.isEmpty() && pathways.exists(referral.pathwayId)) {
            throw new StateConflict("Pathway " + referral.pathwayId + " of referral " + id
                    + " has closed; it is read-only unless reopened");
        }
        Instant now = clock.instant();
        ReferralAccepted accepted =
                referral.accept(type, assignment.area(), assignment.team(), assignment.teamId(), now);
        if (open.isEmpty()) {
            ClientService.Disclosed client =
                    clients.disclosedOn(referral.clientId, now).orElseThrow();
            pathways.open(
                    new PathwayService.Opening(
                            referral.pathwayId,
                            referral.clientId,
                            type,
                            assignment.area(),
                            assignment.team(),
                            assignment.teamId(),
                            client.ageGroup(),
                            client.municipalityCode(),
                            referral.labourMarketStatus,
                            referral.unemployedSince),
                    now);
        }
        outbox.append(accepted, now);
        return referral;
    }

    @Transactional
    public Referral reject(UUID id, RejectionReason reason, Redirection redirection, String note) {
        Referral referral = lockedReferral(id);
        Instant now = clock.instant();
        outbox.append(referral.reject(reason, redirection, note, now), now);
        return referral;
    }

    @Transactional
    public Referral requestInformation(UUID id, String question) {
        Referral referral = lockedReferral(id);
        referral.requestInformation(question);
        return referral;
    }

    /** Where triage assigns a pathway: a team of the registry and its area, or an area alone. */
    private record Assignment(String area, String team, UUID teamId) {}

    private Assignment assignment(String area, UUID teamId) {
        if (teamId == null) {
            if (area == null || area.isBlank()) {
                throw new InvalidField("area", "is required when no teamId is given");
            }
            return new Assignment(area.strip(), null, null);
        }
        KnownTeam team = teams.assignable(teamId, "teamId");
        if (area != null && !area.strip().equalsIgnoreCase(team.area)) {
            throw new RuleBroken("team-in-area", "area", "must be the team's area, " + team.area + ", or left out");
        }
        return new Assignment(team.area, team.name, team.teamId);
    }

    private Referral lockedReferral(UUID id) {
        Referral referral = Referral.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (referral == null) {
            throw new NotFound("No referral " + id);
        }
        return referral;
    }

    private Referral replay(IdempotencyKey key, byte[] digest) {
        Object[] earlier = (Object[]) em.createNativeQuery("""
                select request_digest, referral_id from referral_idempotency where caller = ?1 and idempotency_key = ?2""")
                .setParameter(1, key.caller())
                .setParameter(2, key.key())
                .getSingleResult();
        if (!MessageDigest.isEqual((byte[]) earlier[0], digest)) {
            throw new Contradiction("Idempotency-Key " + key.key() + " was used for a different referral");
        }
        return find((UUID) earlier[1]);
    }

    private byte[] digest(NewReferral details) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(details));
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("Cannot digest a referral request", e);
        }
    }

    /** One page of the referrals that {@code filter} selects, in a stable order, with their total. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Referral> list(ReferralFilter filter, int page, int size) {
        Criteria criteria = new Criteria()
                .and(filter.status(), "status = :status", "status")
                .and(filter.source(), "source = :source", "source")
                .and(
                        filter.area(),
                        "(lower(requestedArea) = lower(:area) or lower(assignedArea) = lower(:area))",
                        "area")
                .and(filter.team(), "lower(assignedTeam) = lower(:team)", "team")
                .and(filter.type(), "pathwayType = :type", "type")
                .and(filter.clientId(), "clientId = :clientId", "clientId")
                .onDays("receivedAt", filter.receivedFrom(), filter.receivedTo());
        Sort.Direction direction = filter.newestFirst() ? Sort.Direction.Descending : Sort.Direction.Ascending;
        Sort order = Sort.by("receivedAt", direction).and("id", direction);
        PanacheQuery<Referral> query = criteria.isEmpty()
                ? Referral.findAll(order)
                : Referral.find(criteria.where(), order, criteria.parameters());
        return new Page<>(query.page(page, size).list(), query.count(), page, size);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Referral find(UUID id) {
        Referral referral = Referral.findById(id);
        if (referral == null) {
            throw new NotFound("No referral " + id);
        }
        return referral;
    }
}
