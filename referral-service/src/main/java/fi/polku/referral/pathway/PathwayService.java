package fi.polku.referral.pathway;

import fi.polku.events.AgeGroup;
import fi.polku.events.LabourMarketStatus;
import fi.polku.events.Outcome;
import fi.polku.events.PathwayType;
import fi.polku.platform.accesslog.ClientLookup;
import fi.polku.platform.outbox.OutboxWriter;
import fi.polku.platform.paging.Criteria;
import fi.polku.platform.paging.Page;
import fi.polku.platform.persistence.Constraints;
import fi.polku.platform.rule.NotFound;
import fi.polku.platform.rule.StateConflict;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class PathwayService {

    /** What a list narrowed to no team at all matches: nothing, as no pathway's team has this id. */
    private static final UUID NO_TEAM = new UUID(0, 0);

    @Inject
    OutboxWriter outbox;

    @Inject
    Event<PathwayClosing> closingEvents;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Pathway find(UUID id) {
        Pathway pathway = Pathway.findById(id);
        if (pathway == null) {
            throw new NotFound("No pathway " + id);
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

    /** The client's open pathway, if any, locked for the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Pathway> openFor(UUID clientId) {
        return Pathway.<Pathway>find("clientId = ?1 and status = ?2", clientId, PathwayStatus.OPEN)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    /**
     * Opens the pathway that an accepted referral starts, with its {@code pathway.opened} event. A second open
     * pathway of the same client, opened concurrently by another referral, is refused by the database.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Pathway open(Opening opening, Instant now) {
        Pathway pathway = Pathway.open(
                opening.pathwayId(),
                opening.clientId(),
                opening.type(),
                opening.area(),
                opening.team(),
                opening.teamId(),
                now);
        try {
            pathway.persistAndFlush();
        } catch (PersistenceException e) {
            if (Constraints.violated(e)) {
                throw new StateConflict("The client already has an open pathway");
            }
            throw e;
        }
        outbox.append(
                pathway.openedEvent(
                        opening.ageGroup(),
                        opening.disclosableMunicipalityCode(),
                        opening.labourMarketStatus(),
                        opening.unemployedSince()),
                now);
        return pathway;
    }

    /** What opens a pathway: the referral's pathway and assignment, and what the event may say of the client. */
    public record Opening(
            UUID pathwayId,
            UUID clientId,
            PathwayType type,
            String area,
            String team,
            UUID teamId,
            AgeGroup ageGroup,
            String disclosableMunicipalityCode,
            LabourMarketStatus labourMarketStatus,
            LocalDate unemployedSince) {}

    /** One page of the pathways that {@code filter} selects, in a stable order, with their total. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Pathway> list(PathwayFilter filter, int page, int size) {
        Criteria criteria = new Criteria()
                .and(filter.status(), "status = :status", "status")
                .and(filter.type(), "type = :type", "type")
                .and(filter.area(), "lower(area) = lower(:area)", "area")
                .and(filter.team(), "lower(team) = lower(:team)", "team")
                .and(filter.clientId(), "clientId = :clientId", "clientId")
                .and(
                        filter.teams().map(teams -> teams.isEmpty() ? Set.of(NO_TEAM) : teams),
                        "teamId in :teams",
                        "teams")
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

    /**
     * Closes the pathway with its outcome. What still runs under it ends with it, for {@code closing}'s reason, or
     * refuses the close when no reason is given; their events precede {@code pathway.closed}.
     */
    @Transactional
    public Pathway close(UUID id, Outcome outcome, Integer feedbackScore, String feedbackText, PathwayClosing closing) {
        Pathway pathway = locked(id);
        if (pathway.status != PathwayStatus.CLOSED) {
            closingEvents.fire(closing);
        }
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
                throw new StateConflict("The client has another open pathway; pathway " + id + " cannot be reopened");
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
        if (pathway.status == PathwayStatus.CLOSED) {
            throw new StateConflict("Pathway " + id + " is closed and read-only unless reopened; cannot " + change);
        }
        return pathway;
    }

    private Pathway locked(UUID id) {
        Pathway pathway = Pathway.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (pathway == null) {
            throw new NotFound("No pathway " + id);
        }
        return pathway;
    }
}
