package fi.polku.referral.employment;

import fi.polku.events.EmploymentChange;
import fi.polku.events.EmploymentPathwayUpdate;
import fi.polku.events.OrganisationType;
import fi.polku.events.Outcome;
import fi.polku.events.PathwayClosed;
import fi.polku.events.ReferralAccepted;
import fi.polku.events.ServiceReferralStarted;
import fi.polku.events.ServiceType;
import fi.polku.platform.FinnishTime;
import fi.polku.platform.accesslog.AccessLogWriter;
import fi.polku.platform.outbox.OutboxWriter;
import fi.polku.referral.consent.ConsentService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Tells an employment system what happened to the pathway its referral request led to: that it opened
 * (the request was accepted), that a service started, how it ended. Reacts to the pathway's own events in
 * their transaction, and publishes only while the client's consent for the system's organisation type is
 * in force on the day of the change. Each update is recorded in the access log as a disclosure, in the same
 * transaction.
 */
@ApplicationScoped
public class EmploymentUpdates {

    private static final String DISCLOSURE_TOPIC = "employment.pathway-updates.v1";

    @Inject
    ConsentService consents;

    @Inject
    OutboxWriter outbox;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AccessLogWriter accessLog;

    void onAccepted(@Observes ReferralAccepted accepted) {
        List<?> requests = em.createNativeQuery("""
                update employment_referral set accepted_at = ?2 where referral_id = ?1
                returning organisation_type, external_reference""")
                .setParameter(1, accepted.referralId())
                .setParameter(2, accepted.acceptedAt())
                .getResultList();
        publish(
                requests,
                accepted.pathwayId(),
                accepted.clientId(),
                EmploymentChange.PATHWAY_OPENED,
                null,
                null,
                accepted.acceptedAt());
    }

    void onServiceStarted(@Observes ServiceReferralStarted started) {
        publish(
                acceptedRequests(started.pathwayId()),
                started.pathwayId(),
                started.clientId(),
                EmploymentChange.SERVICE_STARTED,
                started.serviceType(),
                null,
                clock.instant());
    }

    void onClosed(@Observes PathwayClosed closed) {
        publish(
                acceptedRequests(closed.pathwayId()),
                closed.pathwayId(),
                closed.clientId(),
                EmploymentChange.PATHWAY_CLOSED,
                null,
                closed.outcome(),
                closed.closedAt());
    }

    private List<?> acceptedRequests(UUID pathwayId) {
        return em.createNativeQuery("""
                select organisation_type, external_reference from employment_referral
                where pathway_id = ?1 and accepted_at is not null order by received_at""").setParameter(1, pathwayId).getResultList();
    }

    private void publish(
            List<?> requests,
            UUID pathwayId,
            UUID clientId,
            EmploymentChange change,
            ServiceType serviceType,
            Outcome outcome,
            Instant at) {
        for (Object row : requests) {
            Object[] columns = (Object[]) row;
            OrganisationType type = OrganisationType.valueOf((String) columns[0]);
            if (consents.inForce(clientId, type, FinnishTime.dayOf(at))) {
                outbox.append(
                        new EmploymentPathwayUpdate(
                                pathwayId, (String) columns[1], type, change, serviceType, outcome, at),
                        at);
                accessLog.disclosure(clientId, type.name() + " via " + DISCLOSURE_TOPIC, change.name());
            }
        }
    }
}
