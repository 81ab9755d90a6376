package fi.polku.referral;

import fi.polku.platform.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void keepsTheServiceBoundaries() {
        ArchitectureRules.check("referral");
    }
}
