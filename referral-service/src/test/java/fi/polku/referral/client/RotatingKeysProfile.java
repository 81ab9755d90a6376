package fi.polku.referral.client;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * referral-service in the middle of a key rotation: a new current pair (version 2) and the test profile's usual pair
 * as the standby (version 1), re-keying every second in batches of 100. Quarkus boots the service once more for this profile, on a
 * cleaned database.
 */
public class RotatingKeysProfile implements QuarkusTestProfile {

    static final String STANDBY_ENCRYPTION_KEY = "dGVzdC1vbmx5LWVuY3J5cHRpb24ta2V5LTMyYnl0ZXM=";
    static final String STANDBY_LOOKUP_KEY = "dGVzdC1vbmx5LWxvb2t1cC1rZXktMzItYnl0ZXMtLS0=";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "polku.referral.identity-code.key-version", "2",
                "polku.referral.identity-code.encryption-key", "cm90YXRlZC1lbmNyeXB0aW9uLWtleS0yLTMyYnl0ZXM=",
                "polku.referral.identity-code.lookup-key", "cm90YXRlZC1sb29rdXAta2V5LTItMzItYnl0ZXMtLS0=",
                "polku.referral.identity-code.standby.key-version", "1",
                "polku.referral.identity-code.standby.encryption-key", STANDBY_ENCRYPTION_KEY,
                "polku.referral.identity-code.standby.lookup-key", STANDBY_LOOKUP_KEY,
                "polku.referral.identity-code.rekey-interval", "1s",
                "polku.referral.identity-code.rekey-batch", "100");
    }
}
