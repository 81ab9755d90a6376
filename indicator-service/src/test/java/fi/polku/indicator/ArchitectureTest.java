package fi.polku.indicator;

import fi.polku.platform.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void keepsTheServiceBoundaries() {
        ArchitectureRules.check("indicator");
    }
}
