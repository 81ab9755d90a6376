package fi.polku.referral;

import fi.polku.platform.testing.PolkuTest;
import fi.polku.platform.testing.ServiceContractTest;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@PolkuTest
class ReferralServiceContractTest extends ServiceContractTest {}
