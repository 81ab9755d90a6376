package fi.polku.referral.healthcheck;

import fi.polku.events.HealthCheckAmended;
import fi.polku.events.HealthCheckCompleted;
import fi.polku.events.HealthCheckFollowUp;
import fi.polku.events.LabourMarketStatus;
import fi.polku.events.PolkuEvent;
import fi.polku.events.ReferralSource;
import fi.polku.events.WorkAbilityAssessment;
import fi.polku.platform.inbox.UnprocessableRecordException;
import fi.polku.referral.employment.EmploymentReferralService;
import fi.polku.referral.referral.IdempotencyKey;
import fi.polku.referral.referral.NewReferral;
import fi.polku.referral.referral.Referral;
import fi.polku.referral.referral.ReferralReason;
import fi.polku.referral.referral.ReferralService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Turns a health check's team-referral follow-up into a referral. A check on a pathway needs none: its team sees the
 * check on the pathway's timeline. A check without one refers the client like any referrer would; if the client has
 * an open pathway after all, the referral joins it. Keyed by the check, so a redelivered or amended check refers once.
 */
@ApplicationScoped
public class HealthCheckReferrals {

    static final String CALLER = "health-check-service";
    static final String ORGANISATION = "Työttömien terveystarkastukset";

    @Inject
    ReferralService referrals;

    @Inject
    EmploymentReferralService employment;

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(PolkuEvent event) {
        switch (event) {
            case HealthCheckCompleted completed
            when completed.pathwayId() == null ->
                refer(completed.healthCheckId(), completed.clientId(), completed.assessment(), completed.followUps());
            case HealthCheckAmended amended
            when amended.pathwayId() == null ->
                refer(amended.healthCheckId(), amended.clientId(), amended.assessment(), amended.followUps());
            default -> {}
        }
    }

    private void refer(
            UUID healthCheckId, UUID clientId, WorkAbilityAssessment assessment, List<HealthCheckFollowUp> followUps) {
        IdempotencyKey key = new IdempotencyKey(CALLER, healthCheckId.toString());
        if (!followUps.contains(HealthCheckFollowUp.TEAM_REFERRAL) || referrals.receivedUnder(key)) {
            return;
        }
        // health-check-service learns of clients from their referrals and from employment systems' health-check
        // requests, so one of them is here to take the client's labour-market status from; neither means the streams
        // disagree, not a rule to guess around.
        Optional<Referral> earlier = referrals.latestOf(clientId);
        EmploymentReferralService.LabourStatus labour = earlier.map(
                        r -> new EmploymentReferralService.LabourStatus(r.labourMarketStatus, r.unemployedSince))
                .or(() -> employment.latestHealthCheckRequest(clientId))
                .orElseThrow(() -> new UnprocessableRecordException("health check " + healthCheckId + " refers client "
                        + clientId + ", whom neither a referral nor a health-check request brought here"));
        LabourMarketStatus status = labour.status();
        LocalDate since = status == LabourMarketStatus.UNEMPLOYED ? labour.unemployedSince() : null;
        NewReferral referral = new NewReferral(
                clientId,
                ReferralSource.HEALTH_CHECK,
                ORGANISATION,
                null,
                earlier.map(earlierReferral -> earlierReferral.requestedArea).orElse(null),
                null,
                reasons(assessment),
                status,
                since);
        referrals.receive(referral, Optional.empty(), Optional.of(key));
    }

    /** The referral's reason from the coded assessment alone: no finding leaves health-check-service. */
    static Set<ReferralReason> reasons(WorkAbilityAssessment assessment) {
        return Set.of(
                assessment == WorkAbilityAssessment.PARTIALLY_ABLE
                        ? ReferralReason.PARTIAL_WORK_ABILITY
                        : ReferralReason.WORK_ABILITY_UNCLEAR);
    }
}
