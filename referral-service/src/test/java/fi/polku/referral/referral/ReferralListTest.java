package fi.polku.referral.referral;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.polku.platform.testing.PolkuTest;
import fi.polku.platform.testing.Tokens;
import fi.polku.referral.TestApi;
import fi.polku.referral.client.ClientService;
import fi.polku.referral.client.TestClients;
import fi.polku.referral.team.TestTeams;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@PolkuTest
class ReferralListTest {

    private static final String PROFESSIONAL = Tokens.bearer("liisa", "referral-handler", "team-member");

    @Inject
    ClientService clients;

    private static String post(UUID clientId, String source, String area) {
        String body = """
                {"clientId": "%s", "source": "%s", "referringOrganisation": "Org", "requestedArea": "%s", "reasons": ["WORK_ABILITY_UNCLEAR"], "labourMarketStatus": "EMPLOYED"}""".formatted(clientId, source, area);
        return TestReferrals.received(PROFESSIONAL, body).getString("id");
    }

    private static List<String> ids(String query) {
        return TestApi.get(PROFESSIONAL, "/api/v1/referrals?" + query)
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id");
    }

    @Test
    void referralsAreFilteredAndPagedInAStableOrderWithTheirTotal() {
        UUID client = TestClients.registered(clients);
        String first = post(client, "KELA", "Oulu");
        String second = post(client, "TYP", "Raahe");
        String third = post(client, "KELA", "oulu");

        assertEquals(List.of(third, second, first), ids("clientId=" + client));
        assertEquals(List.of(first, second, third), ids("clientId=" + client + "&sort=receivedAt"));
        assertEquals(List.of(third, first), ids("clientId=" + client + "&source=KELA"));
        assertEquals(List.of(third, first), ids("clientId=" + client + "&area=OULU"));
        assertEquals(List.of(second), ids("clientId=" + client + "&size=1&page=1"));
        String toTeam = "{\"pathwayType\": \"SOCIAL_REHABILITATION\", \"area\": \"Kajaani\", \"teamId\": \""
                + TestTeams.registered("Tiimi-1", "Kajaani") + "\"}";
        TestApi.post(PROFESSIONAL, toTeam, "/api/v1/referrals/{id}/accept", second)
                .statusCode(200);
        assertEquals(List.of(second), ids("clientId=" + client + "&team=tiimi-1"));
        assertEquals(List.of(second), ids("clientId=" + client + "&type=SOCIAL_REHABILITATION"));
        assertEquals(List.of(second), ids("clientId=" + client + "&area=kajaani"));
        String today = LocalDate.now(ZoneId.of("Europe/Helsinki")).toString();
        assertEquals(
                2,
                ids("clientId=" + client + "&status=RECEIVED&receivedFrom=" + today + "&receivedTo=" + today)
                        .size());
        assertEquals(List.of(), ids("clientId=" + client + "&receivedTo=2000-01-01"));
        TestApi.get(PROFESSIONAL, "/api/v1/referrals?size=2&clientId=" + client)
                .statusCode(200)
                .body("total", equalTo(3))
                .body("page", equalTo(0))
                .body("size", equalTo(2));
    }

    @Test
    void malformedFiltersAre400sNamingTheParameter() {
        for (String[] bad : List.of(
                new String[] {"status=OPEN", "status"},
                new String[] {"source=POLICE", "source"},
                new String[] {"type=OPEN", "type"},
                new String[] {"receivedFrom=1.1.2026", "receivedFrom"},
                new String[] {"clientId=nope", "clientId"},
                new String[] {"sort=name", "sort"},
                new String[] {"size=0", "size"})) {
            TestApi.get(PROFESSIONAL, "/api/v1/referrals?" + bad[0])
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo(bad[1]));
        }
    }
}
