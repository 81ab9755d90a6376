package fi.polku.healthcheck;

import fi.polku.platform.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void keepsTheServiceBoundaries() {
        ArchitectureRules.check("healthcheck");
    }
}
