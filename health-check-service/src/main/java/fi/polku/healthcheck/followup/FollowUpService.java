package fi.polku.healthcheck.followup;

import fi.polku.events.FollowUpResult;
import fi.polku.events.HealthCheckFollowUp;
import fi.polku.platform.accesslog.ClientLookup;
import fi.polku.platform.outbox.OutboxWriter;
import fi.polku.platform.paging.Criteria;
import fi.polku.platform.paging.Page;
import fi.polku.platform.rule.InvalidField;
import fi.polku.platform.rule.NotFound;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Opens a check's follow-ups, keeps them in step with its amendments, lists and closes them. */
@ApplicationScoped
public class FollowUpService {

    /** The check a follow-up comes from, and the client's area for the lists. */
    public record Check(UUID healthCheckId, UUID clientId, UUID pathwayId, String area) {}

    @Inject
    OutboxWriter outbox;

    @Inject
    Clock clock;

    /** The access log's way from a follow up named in a path to its client. */
    @Produces
    @Singleton
    static ClientLookup clientOfFollowUp(EntityManager em) {
        return ClientLookup.ofRows("follow-up", em, "follow_up", "id");
    }

    /**
     * Makes the check's open follow-ups those given (code → responsible): a new code opens, a code no longer there
     * closes as no longer needed (published), one still there keeps its history and takes the responsible named now.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void keep(Check check, Map<HealthCheckFollowUp, String> wanted, Instant now) {
        // Locked, so that a closure arriving meanwhile is either seen here or waits: never overwritten or reopened.
        Map<HealthCheckFollowUp, FollowUp> open = FollowUp.<FollowUp>find(
                        "healthCheckId = ?1 and closedAt is null", check.healthCheckId())
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list()
                .stream()
                .collect(Collectors.toMap(followUp -> followUp.followUp, Function.identity()));
        open.forEach((code, followUp) -> {
            if (!wanted.containsKey(code)) {
                outbox.append(followUp.close(FollowUpResult.NOT_NEEDED, now), now);
            }
        });
        wanted.forEach((code, responsible) -> {
            FollowUp existing = open.get(code);
            if (existing == null) {
                FollowUp.open(check, code, responsible, now).persist();
            } else {
                existing.reassign(responsible);
            }
        });
    }

    /** Closes a follow-up with its result, once. */
    @Transactional
    public FollowUp close(UUID id, FollowUpResult result) {
        FollowUp followUp = FollowUp.<FollowUp>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new NotFound("No follow-up " + id));
        Instant now = clock.instant();
        outbox.append(followUp.close(result, now), now);
        return followUp;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FollowUp> of(UUID healthCheckId) {
        return FollowUp.list("healthCheckId = ?1 order by openedAt, followUp", healthCheckId);
    }

    /**
     * Follow-ups by responsible (any case, exact) and area, open ones only unless asked; oldest first, then by code. A
     * blank responsible or area names nobody and nowhere: an InvalidField, not a filter left out.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<FollowUp> list(
            Optional<String> responsible, Optional<String> area, boolean openOnly, int page, int size) {
        Criteria criteria = new Criteria()
                .and(named("responsible", responsible), "lower(responsible) = lower(:responsible)", "responsible")
                .and(named("area", area), "lower(area) = lower(:area)", "area");
        String where = criteria.isEmpty() ? "" : criteria.where();
        if (openOnly) {
            where = where.isEmpty() ? "closedAt is null" : where + " and closedAt is null";
        }
        Sort order = Sort.by("openedAt").and("followUp").and("id");
        var query = where.isEmpty()
                ? FollowUp.<FollowUp>findAll(order)
                : FollowUp.<FollowUp>find(where, order, criteria.parameters());
        return new Page<>(query.page(page, size).list(), query.count(), page, size);
    }

    private static Optional<String> named(String filter, Optional<String> value) {
        if (value.isPresent() && value.get().isBlank()) {
            throw new InvalidField(filter, "must not be blank");
        }
        return value;
    }
}
