package fi.polku.healthcheck.statement;

import fi.polku.events.Profession;
import fi.polku.events.StatementPurpose;
import fi.polku.healthcheck.client.ClientService;
import fi.polku.healthcheck.pathway.PathwayService;
import fi.polku.platform.FinnishTime;
import fi.polku.platform.outbox.OutboxWriter;
import fi.polku.platform.paging.Page;
import fi.polku.platform.rule.InvalidField;
import fi.polku.platform.rule.RuleBroken;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Records statements, publishes each, and counts them. */
@ApplicationScoped
public class StatementService {

    /** How many statements of a purpose authors of a profession wrote in a period. */
    public record Count(StatementPurpose purpose, Profession authorProfession, long statements) {}

    @Inject
    ClientService clients;

    @Inject
    PathwayService pathways;

    @Inject
    OutboxWriter outbox;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional
    public WorkAbilityStatement record(WorkAbilityStatement.Details details, String actor) {
        clients.known(details.clientId(), "clientId");
        if (details.pathwayId() != null && !pathways.belongsTo(details.pathwayId(), details.clientId())) {
            throw new RuleBroken("client-pathway", "pathwayId", "must be a pathway of the client");
        }
        if (details.writtenOn().isAfter(FinnishTime.today(clock))) {
            throw new InvalidField("writtenOn", "must not be in the future");
        }
        Instant now = clock.instant();
        WorkAbilityStatement statement = WorkAbilityStatement.record(details, actor, now);
        statement.persist();
        outbox.append(statement.recordedEvent(), now);
        return statement;
    }

    /** The client's statements, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<WorkAbilityStatement> ofClient(UUID clientId, int page, int size) {
        var query = WorkAbilityStatement.<WorkAbilityStatement>find(
                "clientId",
                Sort.descending("writtenOn")
                        .and("recordedAt", Sort.Direction.Descending)
                        .and("id"),
                clientId);
        return new Page<>(query.page(page, size).list(), query.count(), page, size);
    }

    /** StatementService written from {@code from} to {@code to} (both included), by purpose and author's profession. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Count> counts(LocalDate from, LocalDate to) {
        return em
                .createQuery("""
                select s.purpose, s.authorProfession, count(s) from WorkAbilityStatement s
                where s.writtenOn >= :from and s.writtenOn <= :to
                group by s.purpose, s.authorProfession order by s.purpose, s.authorProfession""", Object[].class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList()
                .stream()
                .map(r -> new Count((StatementPurpose) r[0], (Profession) r[1], (Long) r[2]))
                .toList();
    }
}
