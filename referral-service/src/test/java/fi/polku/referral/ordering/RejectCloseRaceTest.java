package fi.polku.referral.ordering;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.polku.events.Outcome;
import fi.polku.events.Redirection;
import fi.polku.events.ReferralRejected;
import fi.polku.events.RejectionReason;
import fi.polku.events.Topics;
import fi.polku.platform.testing.KafkaTestClient;
import fi.polku.platform.testing.PolkuTest;
import fi.polku.platform.testing.Tokens;
import fi.polku.referral.client.ClientService;
import fi.polku.referral.client.TestClients;
import fi.polku.referral.pathway.PathwayClosing;
import fi.polku.referral.pathway.PathwayService;
import fi.polku.referral.pathway.TestPathways;
import fi.polku.referral.referral.ReferralService;
import fi.polku.referral.referral.TestReferrals;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Rejecting a referral locks the referral; closing its pathway locks the pathway; both write an event keyed
 * by the pathway. Neither use case serialises with the other by what it locks, yet the topic must carry the
 * pathway's events in the order their transactions committed.
 */
@QuarkusTest
@PolkuTest
class RejectCloseRaceTest {

    private static final String INTEGRATION = Tokens.as("te-integration")
            .roles("integration-employment")
            .organisation("EMPLOYMENT_SERVICES")
            .bearer();

    @Inject
    ClientService clients;

    @Inject
    ReferralService referrals;

    @Inject
    PathwayService pathways;

    @Inject
    EntityManager em;

    @Inject
    SlowRejection slowRejection;

    @Test
    void aCloseRacingARejectionOfTheSamePathwayIsPublishedInCommitOrder() throws Exception {
        UUID client = TestClients.registered(clients);
        UUID pathway = UUID.fromString(TestPathways.open(client)[1]);
        String referral = """
                {"clientId": "%s", "source": "EMPLOYMENT_SERVICES", "referringOrganisation": "TE-toimisto", "reasons": ["WORK_ABILITY_UNCLEAR"], "labourMarketStatus": "EMPLOYED"}""".formatted(client);
        UUID laterReferral =
                UUID.fromString(TestReferrals.received(INTEGRATION, referral).getString("id"));

        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            slowRejection.hold(laterReferral);
            Future<?> rejection = threads.submit(() ->
                    referrals.reject(laterReferral, RejectionReason.OTHER, Redirection.EMPLOYMENT_SERVICES, null));
            assertTrue(slowRejection.awaitAppended());
            Future<?> closing = threads.submit(() -> pathways.close(
                    pathway, Outcome.EMPLOYED_OPEN_MARKET, null, null, new PathwayClosing(pathway, null, null)));
            // The closing transaction, which locks only the pathway, now waits on the pathway's key for the
            // rejection to commit.
            String database = QuarkusTransaction.requiringNew().call(() ->
                    (String) em.createNativeQuery("select current_database()").getSingleResult());
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> QuarkusTransaction.requiringNew()
                                    .call(() -> ((Number) em.createNativeQuery("""
                            select count(*) from pg_stat_activity
                            where wait_event_type = 'Lock' and wait_event = 'advisory' and datname = ?1""")
                                                    .setParameter(1, database)
                                                    .getSingleResult())
                                            .longValue())
                            == 1);
            slowRejection.release();
            rejection.get(30, TimeUnit.SECONDS);
            closing.get(30, TimeUnit.SECONDS);
        } finally {
            slowRejection.release();
            threads.shutdownNow();
        }

        List<String> expected = List.of(
                "fi.polku.referral.received.v1",
                "fi.polku.pathway.opened.v1",
                "fi.polku.referral.accepted.v1",
                "fi.polku.referral.received.v1",
                "fi.polku.referral.rejected.v1",
                "fi.polku.pathway.closed.v1");
        await().atMost(Duration.ofSeconds(20)).until(() -> typesOnTopic(pathway).size() == expected.size());
        assertEquals(expected, typesOnTopic(pathway));
    }

    private static List<String> typesOnTopic(UUID pathway) {
        return KafkaTestClient.readAll(Topics.REFERRAL).stream()
                .filter(r -> r.key().equals(pathway.toString()))
                .map(r -> KafkaTestClient.header(r, "ce_type"))
                .toList();
    }

    /** Holds the rejection of one referral open after its event was appended, as a slow use case would. */
    @ApplicationScoped
    static class SlowRejection {

        private final CountDownLatch appended = new CountDownLatch(1);
        private final CountDownLatch release = new CountDownLatch(1);
        private volatile UUID held;

        void hold(UUID referral) {
            held = referral;
        }

        boolean awaitAppended() throws InterruptedException {
            return appended.await(30, TimeUnit.SECONDS);
        }

        void release() {
            release.countDown();
        }

        void onRejected(@Observes ReferralRejected rejected) throws InterruptedException {
            if (rejected.referralId().equals(held)) {
                appended.countDown();
                release.await(60, TimeUnit.SECONDS);
            }
        }
    }
}
