package fi.polku.healthcheck.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import fi.polku.events.AgeGroup;
import fi.polku.events.EmploymentHealthCheckRequested;
import fi.polku.events.LabourMarketStatus;
import fi.polku.events.OrganisationType;
import fi.polku.events.PathwayOpened;
import fi.polku.events.PathwayType;
import fi.polku.events.ReferralReceived;
import fi.polku.events.ReferralSource;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The clients read model: what each event says of a client, and that an older one never overwrites a newer. */
class KnownClientTest {

    private static final UUID CLIENT = UUID.fromString("9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a");
    private static final UUID PATHWAY = UUID.fromString("5d3c2b1a-7e6f-4a9b-8c7d-1e2f3a4b5c6d");
    private static final Instant MONDAY = Instant.parse("2026-03-16T08:00:00Z");
    private static final LocalDate SINCE = LocalDate.of(2024, 9, 1);

    /** The row as ClientService makes it for a client's first event: as of the epoch, so any event is newer. */
    private static KnownClient fresh() {
        KnownClient client = new KnownClient();
        client.clientId = CLIENT;
        client.asOf = Instant.EPOCH;
        return client;
    }

    private static ReferralReceived referral(
            UUID pathway, String municipality, String area, LabourMarketStatus status, LocalDate since, Instant at) {
        return new ReferralReceived(
                UUID.randomUUID(),
                pathway,
                CLIENT,
                AgeGroup.AGE_35_44,
                ReferralSource.EMPLOYMENT_SERVICES,
                municipality,
                area,
                status,
                since,
                at);
    }

    private static ReferralReceived referral(String municipality, String area, Instant at) {
        return referral(PATHWAY, municipality, area, LabourMarketStatus.UNEMPLOYED, SINCE, at);
    }

    private static EmploymentHealthCheckRequested employmentRequest(String municipality, Instant at) {
        return new EmploymentHealthCheckRequested(
                UUID.randomUUID(),
                CLIENT,
                OrganisationType.MUNICIPAL_EMPLOYMENT,
                municipality,
                LabourMarketStatus.UNEMPLOYED,
                LocalDate.of(2025, 1, 1),
                at);
    }

    private record Description(
            String municipality, String area, LabourMarketStatus status, LocalDate since, UUID pathway, Instant asOf) {

        static Description of(KnownClient c) {
            return new Description(
                    c.municipalityCode, c.area, c.labourMarketStatus, c.unemployedSince, c.latestPathwayId, c.asOf);
        }
    }

    @Test
    void aReferralDescribesTheClient() {
        KnownClient client = fresh();

        client.apply(referral("564", "  Oulu ", MONDAY));

        assertEquals(
                new Description("564", "Oulu", LabourMarketStatus.UNEMPLOYED, SINCE, PATHWAY, MONDAY),
                Description.of(client));
    }

    @Test
    void anOlderEventChangesNothing() {
        KnownClient client = fresh();
        client.apply(referral("564", "Oulu", MONDAY));
        Description before = Description.of(client);

        client.apply(referral(
                UUID.randomUUID(), "091", "Helsinki", LabourMarketStatus.EMPLOYED, null, MONDAY.minusSeconds(1)));
        client.apply(new PathwayOpened(
                UUID.randomUUID(),
                CLIENT,
                AgeGroup.AGE_35_44,
                "091",
                PathwayType.UNEMPLOYED,
                "Helsinki",
                "Kallio",
                UUID.randomUUID(),
                LabourMarketStatus.STUDENT,
                null,
                MONDAY.minusSeconds(1)));
        client.apply(employmentRequest("091", MONDAY.minusSeconds(1)));

        assertEquals(before, Description.of(client));
    }

    @Test
    void anEventAsOldAsTheOneAppliedIsAppliedToo() {
        KnownClient client = fresh();
        client.apply(referral("564", "Oulu", MONDAY));

        client.apply(referral("678", "Raahe", MONDAY));

        assertEquals("678", client.municipalityCode);
        assertEquals("Raahe", client.area);
    }

    @Test
    void anEventWithoutAnAreaKeepsTheKnownOne() {
        KnownClient client = fresh();
        client.apply(referral("564", "Oulu", MONDAY));

        client.apply(referral("564", null, MONDAY.plusSeconds(1)));
        client.apply(referral("564", "   ", MONDAY.plusSeconds(2)));

        assertEquals("Oulu", client.area);
        assertEquals(MONDAY.plusSeconds(2), client.asOf);
    }

    @Test
    void aSecurityBanTakesTheMunicipalityAwayRatherThanKeepingAnOlderOne() {
        KnownClient client = fresh();
        client.apply(referral("564", "Oulu", MONDAY));

        client.apply(referral(null, "Oulu", MONDAY.plusSeconds(1)));

        assertNull(client.municipalityCode);
    }

    @Test
    void onlyAnUnemployedClientHasADayTheyBecameUnemployed() {
        KnownClient client = fresh();
        client.apply(referral("564", "Oulu", MONDAY));

        client.apply(referral(PATHWAY, "564", "Oulu", LabourMarketStatus.EMPLOYED, SINCE, MONDAY.plusSeconds(1)));

        assertEquals(LabourMarketStatus.EMPLOYED, client.labourMarketStatus);
        assertNull(client.unemployedSince, "an employed client's old unemployment day is not kept");
    }

    @Test
    void anEventThatDoesNotSayTheLabourMarketStatusKeepsTheKnownOne() {
        KnownClient client = fresh();
        client.apply(referral("564", "Oulu", MONDAY));

        client.apply(referral(PATHWAY, "564", "Oulu", null, null, MONDAY.plusSeconds(1)));

        assertEquals(LabourMarketStatus.UNEMPLOYED, client.labourMarketStatus);
        assertEquals(SINCE, client.unemployedSince);
    }

    @Test
    void aPathwayOpeningDescribesTheClientAsAReferralDoes() {
        KnownClient client = fresh();
        UUID opened = UUID.randomUUID();

        client.apply(new PathwayOpened(
                opened,
                CLIENT,
                AgeGroup.AGE_35_44,
                "678",
                PathwayType.UNEMPLOYED,
                " Raahe",
                "Raahe",
                UUID.randomUUID(),
                LabourMarketStatus.UNEMPLOYED,
                SINCE,
                MONDAY));

        assertEquals(
                new Description("678", "Raahe", LabourMarketStatus.UNEMPLOYED, SINCE, opened, MONDAY),
                Description.of(client));
    }

    @Test
    void anEmploymentSystemsRequestSaysWhereAndSinceWhenButKeepsTheAreaAndTheLatestPathway() {
        KnownClient client = fresh();
        client.apply(referral("564", "Oulu", MONDAY));

        client.apply(employmentRequest("139", MONDAY.plusSeconds(60)));

        assertEquals(
                new Description(
                        "139",
                        "Oulu",
                        LabourMarketStatus.UNEMPLOYED,
                        LocalDate.of(2025, 1, 1),
                        PATHWAY,
                        MONDAY.plusSeconds(60)),
                Description.of(client));
    }
}
