package fi.polku.indicator;

import fi.polku.platform.testing.PolkuTest;
import fi.polku.platform.testing.ServiceContractTest;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@PolkuTest
class IndicatorServiceContractTest extends ServiceContractTest {}
