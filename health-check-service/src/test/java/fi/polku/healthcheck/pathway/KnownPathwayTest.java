package fi.polku.healthcheck.pathway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import fi.polku.events.AgeGroup;
import fi.polku.events.ReferralReceived;
import fi.polku.events.ReferralSource;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A pathway as health-check-service learns it from its referrals: who, from where first, how many. */
class KnownPathwayTest {

    private static final UUID PATHWAY = UUID.randomUUID();
    private static final UUID CLIENT = UUID.randomUUID();

    private static ReferralReceived referral(ReferralSource source, String at, String municipality) {
        return new ReferralReceived(
                UUID.randomUUID(),
                PATHWAY,
                CLIENT,
                AgeGroup.AGE_45_54,
                source,
                municipality,
                null,
                null,
                null,
                Instant.parse(at));
    }

    @Test
    void aFirstReferralOpensThePathwayCountedOnce() {
        KnownPathway pathway = KnownPathway.opened(referral(ReferralSource.KELA, "2026-04-02T10:00:00Z", "564"));

        assertEquals(PATHWAY, pathway.pathwayId);
        assertEquals(CLIENT, pathway.clientId);
        assertEquals(ReferralSource.KELA, pathway.firstSource);
        assertEquals("564", pathway.municipalityCode);
        assertEquals(Instant.parse("2026-04-02T10:00:00Z"), pathway.firstReferredAt);
        assertEquals(1, pathway.referrals);
    }

    @Test
    void aLaterReferralIsCountedButTheFirstStaysTheFirst() {
        KnownPathway pathway = KnownPathway.opened(referral(ReferralSource.KELA, "2026-04-02T10:00:00Z", "564"));
        pathway.referredAgain(referral(ReferralSource.SELF, "2026-04-02T10:00:00Z", "564"));
        pathway.referredAgain(referral(ReferralSource.TYP, "2026-04-09T10:00:00Z", "564"));

        assertEquals(3, pathway.referrals);
        assertEquals(ReferralSource.KELA, pathway.firstSource, "one as early as the first does not replace it");
        assertEquals(Instant.parse("2026-04-02T10:00:00Z"), pathway.firstReferredAt);
    }

    @Test
    void aMunicipalityNotKnownBeforeIsTakenFromAnyLaterReferral() {
        KnownPathway pathway = KnownPathway.opened(referral(ReferralSource.KELA, "2026-04-02T10:00:00Z", null));
        pathway.referredAgain(referral(ReferralSource.KELA, "2026-04-03T10:00:00Z", null));

        assertNull(pathway.municipalityCode);

        pathway.referredAgain(referral(ReferralSource.KELA, "2026-04-01T10:00:00Z", "564"));

        assertEquals("564", pathway.municipalityCode);
    }

    @Test
    void theEarliestReferralIsTheFirstWhateverTheArrivalOrder() {
        KnownPathway pathway = KnownPathway.opened(referral(ReferralSource.KELA, "2026-04-02T10:00:00Z", "564"));
        pathway.referredAgain(referral(ReferralSource.TYP, "2026-04-01T10:00:00Z", null));
        pathway.referredAgain(referral(ReferralSource.SELF, "2026-04-03T10:00:00Z", "139"));

        assertEquals(3, pathway.referrals);
        assertEquals(ReferralSource.TYP, pathway.firstSource);
        assertEquals(Instant.parse("2026-04-01T10:00:00Z"), pathway.firstReferredAt);
        assertEquals("139", pathway.municipalityCode);
    }

    @Test
    void aReferralWithoutMunicipalityKeepsTheKnownOne() {
        KnownPathway pathway = KnownPathway.opened(referral(ReferralSource.KELA, "2026-04-02T10:00:00Z", "564"));
        pathway.referredAgain(referral(ReferralSource.KELA, "2026-04-05T10:00:00Z", null));

        assertEquals("564", pathway.municipalityCode);
    }
}
