package fi.polku.referral.pathway;

import fi.polku.events.Outcome;
import fi.polku.platform.accesslog.ClientLookup;
import fi.polku.platform.outbox.OutboxWriter;
import fi.polku.platform.paging.Criteria;
import fi.polku.platform.paging.Page;
import fi.polku.platform.persistence.Constraints;
import fi.polku.platform.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class PathwayService {

    /** What a list narrowed to no team at all matches: nothing, as no pathway's team has this id. */
    private static final UUID NO_TEAM = new UUID(0, 0);

    private final OutboxWriter outbox;
    private final Clock clock;

    PathwayService(OutboxWriter outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Pathway find(UUID id) {
        Pathway pathway = Pathway.findById(id);
        if (pathway == null) {
            throw ProblemException.notFound("No pathway " + id);
        }
        return pathway;
    }

    /** The access log's way from a pathway named in a path to its client. */
    @Produces
    @Singleton
    static ClientLookup clientOfPathway(EntityManager em) {
        return ClientLookup.ofRows("pathway", em, "pathway", "id");
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean exists(UUID id) {
        return Pathway.count("id", id) > 0;
    }

    /** One page of the pathways that {@code filter} selects, in a stable order, with their total. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Pathway> list(PathwayFilter filter, int page, int size) {
        Criteria criteria = new Criteria()
                .and(filter.status(), "status = :status", "status")
                .and(filter.type(), "type = :type", "type")
                .and(filter.area(), "lower(area) = lower(:area)", "area")
                .and(filter.team(), "lower(team) = lower(:team)", "team")
                .and(filter.clientId(), "clientId = :clientId", "clientId")
                .and(filter.teams().map(teams -> teams.isEmpty() ? Set.of(NO_TEAM) : teams), "teamId in :teams", "teams")
                .onDays("openedAt", filter.openedFrom(), filter.openedTo());
        Sort.Direction direction = filter.newestFirst() ? Sort.Direction.Descending : Sort.Direction.Ascending;
        Sort order = Sort.by("openedAt", direction).and("id", direction);
        PanacheQuery<Pathway> query = criteria.isEmpty()
                ? Pathway.findAll(order)
                : Pathway.find(criteria.where(), order, criteria.parameters());
        return new Page<>(query.page(page, size).list(), query.count(), page, size);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Reopening> reopenings(UUID pathwayId) {
        return Reopening.list("pathwayId = ?1 order by reopenedAt", pathwayId);
    }

    @Transactional
    public Pathway close(UUID id, Outcome outcome, Integer feedbackScore, String feedbackText) {
        Pathway pathway = locked(id);
        Instant now = clock.instant();
        outbox.append(pathway.close(outcome, feedbackScore, feedbackText, now), now);
        return pathway;
    }

    /** Reopens a closed pathway, unless the client has meanwhile another open one (409). */
    @Transactional
    public Pathway reopen(UUID id, String reason, String by) {
        Pathway pathway = locked(id);
        Instant now = clock.instant();
        Reopening reopening = pathway.reopen(reason, by, now);
        reopening.persist();
        try {
            Pathway.flush();
        } catch (PersistenceException e) {
            if (Constraints.violated(e)) {
                throw ProblemException.conflict("The client has another open pathway; pathway " + id
                        + " cannot be reopened");
            }
            throw e;
        }
        outbox.append(pathway.reopenedEvent(reopening), now);
        return pathway;
    }

    /**
     * The pathway, locked for the caller's transaction, so that it cannot close while the caller changes
     * what belongs to it. A closed pathway is read-only: 409.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Pathway lockOpen(UUID id, String change) {
        Pathway pathway = locked(id);
        if (pathway.status() == PathwayStatus.CLOSED) {
            throw ProblemException.conflict("Pathway " + id + " is closed and read-only unless reopened; cannot " + change);
        }
        return pathway;
    }

    private Pathway locked(UUID id) {
        Pathway pathway = Pathway.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (pathway == null) {
            throw ProblemException.notFound("No pathway " + id);
        }
        return pathway;
    }
}
