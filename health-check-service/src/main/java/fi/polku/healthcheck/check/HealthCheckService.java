package fi.polku.healthcheck.check;

import fi.polku.events.EmploymentHealthCheckRequested;
import fi.polku.events.HealthCheckAmended;
import fi.polku.events.HealthCheckCancellation;
import fi.polku.events.HealthCheckCompleted;
import fi.polku.events.HealthCheckFollowUp;
import fi.polku.events.HealthCheckRequester;
import fi.polku.events.OrganisationType;
import fi.polku.healthcheck.client.ClientService;
import fi.polku.healthcheck.client.KnownClient;
import fi.polku.healthcheck.followup.FollowUpService;
import fi.polku.healthcheck.pathway.PathwayService;
import fi.polku.platform.accesslog.ClientLookup;
import fi.polku.platform.outbox.OutboxWriter;
import fi.polku.platform.paging.Page;
import fi.polku.platform.persistence.Constraints;
import fi.polku.platform.rule.NotFound;
import fi.polku.platform.rule.RuleBroken;
import fi.polku.platform.rule.StateConflict;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A health check's life, each step published in the transaction that records it. */
@ApplicationScoped
public class HealthCheckService {

    private static final List<CheckStatus> ACTIVE = List.of(CheckStatus.REQUESTED, CheckStatus.BOOKED);

    @Inject
    ClientService clients;

    @Inject
    PathwayService pathways;

    @Inject
    FollowUpService followUps;

    @Inject
    OutboxWriter outbox;

    @Inject
    Clock clock;

    /** The access log's way from a health check named in a path to its client. */
    @Produces
    @Singleton
    static ClientLookup clientOfHealthCheck(EntityManager em) {
        return ClientLookup.ofRows("health-check", em, "health_check", "id");
    }

    /**
     * Asks for a check for a known client, on one of the client's pathways or none. A client has at most one check
     * requested or booked: a second is a StateConflict.
     */
    @Transactional
    public HealthCheck request(UUID clientId, UUID pathwayId, HealthCheckRequester by, String actor) {
        clients.lockedKnown(clientId, "clientId");
        if (pathwayId != null && !pathways.belongsTo(pathwayId, clientId)) {
            throw new RuleBroken("client-pathway", "pathwayId", "must be a pathway of the client");
        }
        if (hasActiveCheck(clientId)) {
            throw new StateConflict("The client already has a health check requested or booked");
        }
        Instant now = clock.instant();
        HealthCheck check = HealthCheck.request(clientId, pathwayId, by, actor, now);
        try {
            check.persistAndFlush();
        } catch (PersistenceException e) {
            if (Constraints.violated(e)) {
                throw new StateConflict("The client already has a health check requested or booked");
            }
            throw e;
        }
        outbox.append(check.requestedEvent(), now);
        return check;
    }

    /**
     * An employment system's request, as referral-service passed it on: the client is known from it, and a check is
     * asked for unless one is already requested or booked, which serves the request as well.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requestForEmployment(EmploymentHealthCheckRequested request) {
        clients.apply(request);
        clients.lockedKnown(request.clientId(), "clientId");
        if (hasActiveCheck(request.clientId())) {
            return;
        }
        HealthCheckRequester by = request.organisationType() == OrganisationType.MUNICIPAL_EMPLOYMENT
                ? HealthCheckRequester.MUNICIPAL_EMPLOYMENT
                : HealthCheckRequester.EMPLOYMENT_SERVICES;
        Instant now = clock.instant();
        HealthCheck check = HealthCheck.request(
                request.clientId(),
                null,
                by,
                "employment:" + request.organisationType().name(),
                now);
        check.persist();
        outbox.append(check.requestedEvent(), now);
    }

    @Transactional
    public HealthCheck book(UUID id, HealthCheck.Booking booking) {
        HealthCheck check = locked(id);
        Instant now = clock.instant();
        outbox.append(check.book(booking, now), now);
        return check;
    }

    @Transactional
    public HealthCheck cancel(UUID id, HealthCheckCancellation reason) {
        HealthCheck check = locked(id);
        Instant now = clock.instant();
        outbox.append(check.cancel(reason, now), now);
        return check;
    }

    @Transactional
    public HealthCheck noShow(UUID id) {
        HealthCheck check = locked(id);
        Instant now = clock.instant();
        outbox.append(check.noShow(now), now);
        return check;
    }

    /** Records the held check (version 1 of its record), opens its follow-ups and publishes the coded facts. */
    @Transactional
    public HealthCheck complete(UUID id, RecordContent content, String actor) {
        RecordRules.check(content);
        HealthCheck check = locked(id);
        Instant now = clock.instant();
        check.complete(now);
        CheckRecord.of(id, 1, null, content, actor, now).persist();
        KnownClient client = clients.known(check.clientId, "clientId");
        followUps.keep(followUpCheck(check, client), wanted(content), now);
        outbox.append(
                new HealthCheckCompleted(
                        id,
                        check.clientId,
                        check.pathwayId,
                        content.assessment(),
                        CheckRecord.codes(content.followUpItems()),
                        client.municipalityCode,
                        now),
                now);
        return check;
    }

    /**
     * Corrects a completed check: a new version of its record, saying why, beside every earlier one, which stays as
     * it was. The follow-ups follow the amended list; the coded facts as they now stand are published.
     */
    @Transactional
    public CheckRecord amend(UUID id, String reason, RecordContent content, String actor) {
        RecordRules.checkAmendment(content);
        HealthCheck check = locked(id);
        if (check.status != CheckStatus.COMPLETED) {
            throw new StateConflict(
                    "The health check is " + check.status + ": only a completed check's " + "record is amended");
        }
        Instant now = clock.instant();
        int version = latest(id).version + 1;
        CheckRecord amended = CheckRecord.of(id, version, reason, content, actor, now);
        amended.persist();
        followUps.keep(followUpCheck(check, clients.known(check.clientId, "clientId")), wanted(content), now);
        outbox.append(
                new HealthCheckAmended(
                        id,
                        check.clientId,
                        check.pathwayId,
                        version,
                        content.assessment(),
                        CheckRecord.codes(content.followUpItems()),
                        now),
                now);
        return amended;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<HealthCheck> find(UUID id) {
        return HealthCheck.findByIdOptional(id);
    }

    /** The client's checks, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<HealthCheck> ofClient(UUID clientId, int page, int size) {
        var query = HealthCheck.<HealthCheck>find(
                "clientId", Sort.descending("requestedAt").and("id"), clientId);
        return new Page<>(query.page(page, size).list(), query.count(), page, size);
    }

    /** Every version of the check's record, the original first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CheckRecord> records(UUID id) {
        return CheckRecord.list("healthCheckId = ?1 order by version", id);
    }

    private CheckRecord latest(UUID id) {
        return CheckRecord.<CheckRecord>find("healthCheckId = ?1 order by version desc", id)
                .firstResult();
    }

    /** Whether the client has a check requested or booked, which stands between them and the worklist. */
    private static boolean hasActiveCheck(UUID clientId) {
        return HealthCheck.count("clientId = ?1 and status in ?2", clientId, ACTIVE) > 0;
    }

    private static HealthCheck locked(UUID id) {
        return HealthCheck.<HealthCheck>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new NotFound("No health check " + id));
    }

    private static FollowUpService.Check followUpCheck(HealthCheck check, KnownClient client) {
        return new FollowUpService.Check(check.id, check.clientId, check.pathwayId, client.area);
    }

    private static Map<HealthCheckFollowUp, String> wanted(RecordContent content) {
        Map<HealthCheckFollowUp, String> wanted = new LinkedHashMap<>();
        content.followUpItems().forEach(item -> wanted.put(item.followUp(), item.responsible()));
        return wanted;
    }
}
