package fi.polku.referral.servicereferral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.polku.events.ServiceReferralEnded;
import fi.polku.events.ServiceResult;
import fi.polku.events.ServiceShortfallReason;
import fi.polku.events.ServiceType;
import fi.polku.platform.rule.InvalidField;
import fi.polku.platform.rule.RuleViolation;
import fi.polku.platform.rule.StateConflict;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ServiceReferralTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-09-15");

    private static ServiceReferral planned(ServiceType type) {
        return ServiceReferral.plan(
                UUID.randomUUID(),
                UUID.randomUUID(),
                type,
                " IPS-valmennus ",
                null,
                "liisa",
                Instant.parse("2026-03-20T10:00:00Z"));
    }

    private static Class<? extends RuleViolation> refusal(Runnable change) {
        return assertThrows(RuleViolation.class, change::run).getClass();
    }

    private static String field(Runnable change) {
        RuleViolation refused = assertThrows(RuleViolation.class, change::run);
        assertEquals(InvalidField.class, refused.getClass());
        return ((InvalidField) refused).field();
    }

    @Test
    void aServiceGoesFromPlannedToStartedToEndedOnceEach() {
        ServiceReferral ips = planned(ServiceType.SUPPORTED_EMPLOYMENT_IPS);
        assertEquals("IPS-valmennus", ips.provider);
        assertEquals(
                LocalDate.parse("2026-04-01"),
                ips.start(LocalDate.parse("2026-04-01"), TODAY).startedOn());
        assertEquals(StateConflict.class, refusal(() -> ips.start(TODAY, TODAY)));

        ServiceReferralEnded ended = ips.end(ServiceResult.COMPLETED, null, true, TODAY, TODAY);
        assertEquals(Boolean.TRUE, ended.employed());
        assertEquals(LocalDate.parse("2026-04-01"), ended.startedOn());
        assertEquals(StateConflict.class, refusal(() -> ips.end(ServiceResult.COMPLETED, null, true, TODAY, TODAY)));
    }

    @Test
    void anOpenServiceEndsWithItsPathwayAsNotRealisedOrInterrupted() {
        ServiceReferral planned = planned(ServiceType.EDUCATION);
        ServiceReferralEnded notRealised = planned.endWithPathway(ServiceShortfallReason.CLIENT_MOVED, null, TODAY);
        assertEquals(ServiceResult.NOT_REALISED, notRealised.result());
        assertEquals(ServiceShortfallReason.CLIENT_MOVED, notRealised.reason());

        ServiceReferral started = planned(ServiceType.REHABILITATIVE_WORK_ACTIVITY);
        started.start(LocalDate.parse("2026-04-01"), TODAY);
        ServiceReferralEnded interrupted = started.endWithPathway(ServiceShortfallReason.HEALTH_REASONS, null, TODAY);
        assertEquals(ServiceResult.INTERRUPTED, interrupted.result());
        assertEquals(TODAY, interrupted.endedOn());
        assertNull(interrupted.employed());
    }

    @Test
    void runningSupportedEmploymentEndsWithItsPathwayOnlySayingWhetherTheClientFoundWork() {
        ServiceReferral ips = planned(ServiceType.SUPPORTED_EMPLOYMENT_IPS);
        ips.start(LocalDate.parse("2026-04-01"), TODAY);
        assertEquals(
                "openServices.employed",
                field(() -> ips.endWithPathway(ServiceShortfallReason.CLIENT_MOVED, null, TODAY)));
        assertEquals(
                Boolean.FALSE,
                ips.endWithPathway(ServiceShortfallReason.CLIENT_MOVED, false, TODAY)
                        .employed());

        ServiceReferral plannedIps = planned(ServiceType.SUPPORTED_EMPLOYMENT_IPS);
        assertNull(plannedIps
                .endWithPathway(ServiceShortfallReason.CLIENT_DECLINED, null, TODAY)
                .employed());
    }

    @Test
    void aServiceThatNeverStartedCanOnlyBeNotRealisedAndNeedsAReason() {
        ServiceReferral never = planned(ServiceType.SOCIAL_REHABILITATION);
        assertEquals("result", field(() -> never.end(ServiceResult.COMPLETED, null, null, TODAY, TODAY)));
        assertEquals("reason", field(() -> never.end(ServiceResult.NOT_REALISED, null, null, TODAY, TODAY)));

        ServiceReferralEnded ended =
                never.end(ServiceResult.NOT_REALISED, ServiceShortfallReason.NO_CAPACITY, null, TODAY, TODAY);
        assertNull(ended.startedOn());
        assertEquals(ServiceShortfallReason.NO_CAPACITY, ended.reason());
    }

    @Test
    void aStartedServiceIsCompletedWithoutAReasonOrInterruptedWithOne() {
        ServiceReferral work = planned(ServiceType.REHABILITATIVE_WORK_ACTIVITY);
        work.start(LocalDate.parse("2026-05-01"), TODAY);
        assertEquals(
                "result",
                field(() -> work.end(ServiceResult.NOT_REALISED, ServiceShortfallReason.OTHER, null, TODAY, TODAY)));
        assertEquals(
                "reason",
                field(() -> work.end(ServiceResult.COMPLETED, ServiceShortfallReason.OTHER, null, TODAY, TODAY)));
        assertEquals("reason", field(() -> work.end(ServiceResult.INTERRUPTED, null, null, TODAY, TODAY)));
        assertEquals(
                "employed",
                field(() -> work.end(
                        ServiceResult.INTERRUPTED, ServiceShortfallReason.HEALTH_REASONS, false, TODAY, TODAY)));
        assertEquals(
                "endedOn",
                field(() -> work.end(
                        ServiceResult.INTERRUPTED,
                        ServiceShortfallReason.HEALTH_REASONS,
                        null,
                        LocalDate.parse("2026-04-30"),
                        TODAY)));
        assertEquals(
                ServiceResult.INTERRUPTED,
                work.end(ServiceResult.INTERRUPTED, ServiceShortfallReason.HEALTH_REASONS, null, TODAY, TODAY)
                        .result());
    }

    @Test
    void supportedEmploymentThatStartedMustSayWhetherTheClientFoundWork() {
        ServiceReferral ips = planned(ServiceType.SUPPORTED_EMPLOYMENT_IPS);
        ips.start(LocalDate.parse("2026-04-01"), TODAY);
        assertEquals("employed", field(() -> ips.end(ServiceResult.COMPLETED, null, null, TODAY, TODAY)));
    }

    @Test
    void daysCannotBeInTheFuture() {
        ServiceReferral work = planned(ServiceType.EDUCATION);
        assertEquals("startedOn", field(() -> work.start(TODAY.plusDays(1), TODAY)));
        work.start(TODAY, TODAY);
        assertEquals("endedOn", field(() -> work.end(ServiceResult.COMPLETED, null, null, TODAY.plusDays(1), TODAY)));
    }
}
