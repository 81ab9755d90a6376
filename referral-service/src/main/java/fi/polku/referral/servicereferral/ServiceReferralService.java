package fi.polku.referral.servicereferral;

import fi.polku.events.ServiceResult;
import fi.polku.events.ServiceShortfallReason;
import fi.polku.events.ServiceType;
import fi.polku.platform.FinnishTime;
import fi.polku.platform.accesslog.ClientLookup;
import fi.polku.platform.outbox.OutboxWriter;
import fi.polku.platform.rule.InvalidField;
import fi.polku.platform.rule.NotFound;
import fi.polku.platform.rule.RuleBroken;
import fi.polku.referral.pathway.Pathway;
import fi.polku.referral.pathway.PathwayClosing;
import fi.polku.referral.pathway.PathwayService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ServiceReferralService {

    @Inject
    PathwayService pathways;

    @Inject
    OutboxWriter outbox;

    @Inject
    Clock clock;

    /** The access log's way from a service referral named in a path to its client. */
    @Produces
    @Singleton
    static ClientLookup clientOfServiceReferral(EntityManager em) {
        return ClientLookup.ofRows("service-referral", em, "service_referral", "id");
    }

    /** Plans a service for the client of an open pathway; nothing is published until it starts. */
    @Transactional
    public ServiceReferral plan(UUID pathwayId, ServiceType type, String provider, LocalDate plannedStart, String by) {
        Pathway pathway = pathways.lockOpen(pathwayId, "refer the client to a service");
        ServiceReferral referral =
                ServiceReferral.plan(pathway.id, pathway.clientId, type, provider, plannedStart, by, clock.instant());
        referral.persist();
        return referral;
    }

    /** The client started in the service; publishes {@code pathway.service-referral.started}. */
    @Transactional
    public ServiceReferral start(UUID id, LocalDate startedOn) {
        ServiceReferral referral = locked(id, "start a service");
        LocalDate today = FinnishTime.today(clock);
        outbox.append(referral.start(startedOn == null ? today : startedOn, today), clock.instant());
        return referral;
    }

    /** The service ended, or will not take place; publishes {@code pathway.service-referral.ended}. */
    @Transactional
    public ServiceReferral end(
            UUID id, ServiceResult result, ServiceShortfallReason reason, Boolean employed, LocalDate endedOn) {
        ServiceReferral referral = locked(id, "end a service");
        LocalDate today = FinnishTime.today(clock);
        outbox.append(
                referral.end(result, reason, employed, endedOn == null ? today : endedOn, today), clock.instant());
        return referral;
    }

    /**
     * A closing pathway's service referrals still planned or started end with it, each publishing its end before the
     * pathway's close, for the reason the close gives; without one the close is refused, naming them. The pathway is
     * locked by its close, and every change of a service referral locks it first, so none changes meanwhile.
     */
    void endWithPathway(@Observes PathwayClosing closing) {
        List<ServiceReferral> open = ServiceReferral.list(
                "pathwayId = ?1 and status <> ?2 order by plannedAt, id",
                closing.pathwayId(),
                ServiceReferralStatus.ENDED);
        if (closing.employed() != null && open.stream().noneMatch(ServiceReferral::runningSupportedEmployment)) {
            throw new InvalidField(
                    "openServices.employed", "applies only while supported employment (IPS) that started is open");
        }
        if (open.isEmpty()) {
            return;
        }
        if (closing.openServicesReason() == null) {
            throw new RuleBroken(
                    "open-service-referrals",
                    "openServices.reason",
                    "is required: service referrals "
                            + open.stream().map(r -> r.id).toList()
                            + " are still planned or started, and end with the pathway for this reason");
        }
        LocalDate today = FinnishTime.today(clock);
        Instant now = clock.instant();
        for (ServiceReferral referral : open) {
            outbox.append(referral.endWithPathway(closing.openServicesReason(), closing.employed(), today), now);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ServiceReferral> ofPathway(UUID pathwayId) {
        pathways.find(pathwayId);
        return ServiceReferral.list("pathwayId = ?1 order by plannedAt, id", pathwayId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ServiceReferral find(UUID id) {
        ServiceReferral referral = ServiceReferral.findById(id);
        if (referral == null) {
            throw new NotFound("No service referral " + id);
        }
        return referral;
    }

    /** The referral, with its pathway locked open first: a closed pathway's services are read-only. */
    private ServiceReferral locked(UUID id, String change) {
        pathways.lockOpen(find(id).pathwayId, change);
        return ServiceReferral.findById(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
