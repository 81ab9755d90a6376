package fi.polku.healthcheck;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The service on {@link FixedClock}: a {@code @QuarkusTest} with {@code @TestProfile(FixedClockProfile.class)} sees
 * every time the service takes from its Clock at {@link FixedClock#NOW}, or wherever the test moved it. Quarkus boots
 * the service once more for the classes of this profile and runs them together.
 */
public class FixedClockProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.arc.selected-alternatives", FixedClock.class.getName());
    }
}
