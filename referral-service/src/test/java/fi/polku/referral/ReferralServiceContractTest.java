package fi.polku.referral;

import fi.polku.platform.testing.PolkuTest;
import io.quarkus.test.junit.QuarkusTest;
import fi.polku.platform.testing.ServiceContractTest;

@QuarkusTest
@PolkuTest
class ReferralServiceContractTest extends ServiceContractTest {
}
