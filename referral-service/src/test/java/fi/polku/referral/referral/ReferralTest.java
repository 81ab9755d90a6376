package fi.polku.referral.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.polku.events.ReferralReceived;
import fi.polku.events.ReferralSource;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ReferralTest {

    private static final Instant NOW = Instant.parse("2026-03-02T08:15:30Z");

    static NewReferral aReferral() {
        return new NewReferral(UUID.randomUUID(), ReferralSource.EMPLOYMENT_SERVICES, "TE-toimisto, Oulu",
                "Anna Asiantuntija", "564", "Oulu", "Terveydentila selvitettävä");
    }

    @Test
    void aReceivedReferralOpensItsOwnPathwayIdentity() {
        Referral first = Referral.receive(aReferral(), NOW);
        Referral second = Referral.receive(aReferral(), NOW);

        assertEquals(ReferralStatus.RECEIVED, first.status());
        assertEquals(NOW, first.receivedAt());
        assertNotEquals(first.pathwayId(), second.pathwayId());
        assertNotEquals(first.id(), first.pathwayId());
    }

    @Test
    void blankOptionalTextsAreAbsentAndTextsAreTrimmed() {
        NewReferral details = new NewReferral(UUID.randomUUID(), ReferralSource.SELF, "  Asiakas  ", " ", "",
                null, "\t");
        Referral referral = Referral.receive(details, NOW);

        assertEquals("Asiakas", referral.referringOrganisation());
        assertNull(referral.referringPerson());
        assertNull(referral.municipalityCode());
        assertNull(referral.freeText());
    }

    @Test
    void aReferralWithoutItsRequiredFactsIsRefused() {
        NewReferral noOrganisation = new NewReferral(UUID.randomUUID(), ReferralSource.KELA, " ", null, null, null, null);
        assertThrows(NullPointerException.class, () -> Referral.receive(noOrganisation, NOW));
        NewReferral noSource = new NewReferral(UUID.randomUUID(), null, "Kela", null, null, null, null);
        assertThrows(NullPointerException.class, () -> Referral.receive(noSource, NOW));
    }

    @Test
    void theEventCarriesTheCodedFactsAndNothingPersonal() {
        Referral referral = Referral.receive(aReferral(), NOW);
        ReferralReceived event = referral.receivedEvent();

        assertEquals(new ReferralReceived(referral.id(), referral.pathwayId(), referral.clientId(),
                ReferralSource.EMPLOYMENT_SERVICES, "564", "Oulu", NOW), event);
        Set<String> fields = Arrays.stream(ReferralReceived.class.getRecordComponents())
                .map(c -> c.getName()).collect(Collectors.toSet());
        assertEquals(Set.of("referralId", "pathwayId", "clientId", "source", "municipalityCode", "requestedArea",
                "receivedAt"), fields, "free text and the referrer's name must not leave referral-service");
    }
}
