package fi.polku.referral.servicereferral;

import fi.polku.events.ServiceReferralEnded;
import fi.polku.events.ServiceReferralStarted;
import fi.polku.events.ServiceResult;
import fi.polku.events.ServiceShortfallReason;
import fi.polku.events.ServiceType;
import fi.polku.platform.rule.InvalidField;
import fi.polku.platform.rule.StateConflict;
import fi.polku.platform.validation.Text;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** A referral of the client, during a pathway, to a service outside the team. */
@Entity
@Table(name = "service_referral")
public class ServiceReferral extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID pathwayId;

    UUID clientId;

    @Enumerated(EnumType.STRING)
    public ServiceType serviceType;

    public String provider;

    public LocalDate plannedStart;

    @Enumerated(EnumType.STRING)
    public ServiceReferralStatus status;

    public LocalDate startedOn;

    public LocalDate endedOn;

    @Enumerated(EnumType.STRING)
    public ServiceResult result;

    @Enumerated(EnumType.STRING)
    public ServiceShortfallReason reason;

    public Boolean employed;

    public String plannedBy;

    public Instant plannedAt;

    protected ServiceReferral() {}

    static ServiceReferral plan(
            UUID pathwayId,
            UUID clientId,
            ServiceType type,
            String provider,
            LocalDate plannedStart,
            String by,
            Instant now) {
        ServiceReferral referral = new ServiceReferral();
        referral.id = UUID.randomUUID();
        referral.pathwayId = Objects.requireNonNull(pathwayId, "pathwayId");
        referral.clientId = Objects.requireNonNull(clientId, "clientId");
        referral.serviceType = Objects.requireNonNull(type, "serviceType");
        referral.provider = Text.stripToNull(provider);
        referral.plannedStart = plannedStart;
        referral.status = ServiceReferralStatus.PLANNED;
        referral.plannedBy = Objects.requireNonNull(by, "by");
        referral.plannedAt = Objects.requireNonNull(now, "now");
        return referral;
    }

    /** The client started in the service on {@code day}, which cannot be later than {@code today}. */
    ServiceReferralStarted start(LocalDate day, LocalDate today) {
        if (status != ServiceReferralStatus.PLANNED) {
            throw new StateConflict("Service referral " + id + " is " + status + "; only a planned one can start");
        }
        if (day.isAfter(today)) {
            throw new InvalidField("startedOn", "must not be in the future");
        }
        status = ServiceReferralStatus.STARTED;
        startedOn = day;
        return new ServiceReferralStarted(pathwayId, id, clientId, serviceType, startedOn);
    }

    /** Whether this is supported employment (IPS) that started and has not ended: its end says if the client found work. */
    boolean runningSupportedEmployment() {
        return status == ServiceReferralStatus.STARTED && serviceType == ServiceType.SUPPORTED_EMPLOYMENT_IPS;
    }

    /**
     * Ends the referral, still open, with its pathway: one that started is {@code INTERRUPTED}, one that never did is
     * {@code NOT_REALISED}, for the reason the close gives.
     */
    ServiceReferralEnded endWithPathway(ServiceShortfallReason why, Boolean foundWork, LocalDate today) {
        boolean started = status == ServiceReferralStatus.STARTED;
        boolean ips = runningSupportedEmployment();
        if (ips && foundWork == null) {
            throw new InvalidField(
                    "openServices.employed", "is required while supported employment (IPS) that started is open");
        }
        return end(
                started ? ServiceResult.INTERRUPTED : ServiceResult.NOT_REALISED,
                why,
                ips ? foundWork : null,
                today,
                today);
    }

    /**
     * Ends the referral. A service that started ends {@code COMPLETED} or {@code INTERRUPTED}; one that
     * never started can only be {@code NOT_REALISED}. Anything short of completion needs a coded reason,
     * and supported employment (IPS) that started must say whether the client found work.
     */
    ServiceReferralEnded end(
            ServiceResult outcome, ServiceShortfallReason why, Boolean foundWork, LocalDate day, LocalDate today) {
        if (status == ServiceReferralStatus.ENDED) {
            throw new StateConflict("Service referral " + id + " has already ended (" + result + ")");
        }
        boolean started = status == ServiceReferralStatus.STARTED;
        if (started && outcome == ServiceResult.NOT_REALISED) {
            throw new InvalidField("result", "a service that started is COMPLETED or INTERRUPTED");
        }
        if (!started && outcome != ServiceResult.NOT_REALISED) {
            throw new InvalidField("result", "a service that never started can only be NOT_REALISED");
        }
        if (outcome == ServiceResult.COMPLETED && why != null) {
            throw new InvalidField("reason", "must be absent when the service was completed");
        }
        if (outcome != ServiceResult.COMPLETED && why == null) {
            throw new InvalidField("reason", "is required when the service was " + outcome);
        }
        boolean ips = serviceType == ServiceType.SUPPORTED_EMPLOYMENT_IPS && started;
        if (ips && foundWork == null) {
            throw new InvalidField("employed", "is required for supported employment (IPS) that started");
        }
        if (!ips && foundWork != null) {
            throw new InvalidField("employed", "applies only to supported employment (IPS) that started");
        }
        if (day.isAfter(today)) {
            throw new InvalidField("endedOn", "must not be in the future");
        }
        if (started && day.isBefore(startedOn)) {
            throw new InvalidField("endedOn", "must not be before the service started (" + startedOn + ")");
        }
        status = ServiceReferralStatus.ENDED;
        result = outcome;
        reason = why;
        employed = foundWork;
        endedOn = day;
        return new ServiceReferralEnded(
                pathwayId, id, clientId, serviceType, result, reason, employed, startedOn, endedOn);
    }
}
