package fi.polku.referral.pathway;

import fi.polku.platform.testing.Tokens;
import fi.polku.referral.TestApi;
import fi.polku.referral.referral.TestReferrals;
import java.util.UUID;

/** Pathways opened the way users open them: a referral received, then accepted. */
public final class TestPathways {

    private static final String PROFESSIONAL = Tokens.bearer("liisa", "referral-handler", "team-member");

    private TestPathways() {}

    /** Receives and accepts a referral for {@code client}; returns [referralId, pathwayId]. */
    public static String[] open(UUID client) {
        return accept(client, "{\"pathwayType\": \"UNEMPLOYED\", \"area\": \"Oulu\"}");
    }

    /** As {@link #open}, into the standing team {@code team} of the registry. */
    public static String[] openInTeam(UUID client, UUID team) {
        return accept(client, "{\"pathwayType\": \"UNEMPLOYED\", \"teamId\": \"" + team + "\"}");
    }

    private static String[] accept(UUID client, String decision) {
        String received = """
                {"clientId": "%s", "source": "KELA", "referringOrganisation": "Kela", "reasons": ["WORK_ABILITY_UNCLEAR"], "labourMarketStatus": "EMPLOYED"}""".formatted(client);
        var referral = TestReferrals.received(PROFESSIONAL, received);
        String id = referral.getString("id");
        TestApi.post(PROFESSIONAL, decision, "/api/v1/referrals/{id}/accept", id)
                .statusCode(200);
        return new String[] {id, referral.getString("pathwayId")};
    }
}
