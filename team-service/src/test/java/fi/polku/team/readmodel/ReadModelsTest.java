package fi.polku.team.readmodel;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.polku.events.EventType;
import fi.polku.events.OrganisationType;
import fi.polku.platform.testing.KafkaTestClient;
import fi.polku.platform.testing.PolkuTest;
import fi.polku.platform.testing.TestEvents;
import fi.polku.team.TestTeams;
import fi.polku.team.consent.ConsentService;
import fi.polku.team.pathway.KnownPathway;
import fi.polku.team.pathway.PathwayService;
import fi.polku.team.pathway.PathwayStatus;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The pathway and consent read models the client teams stand on, kept from the real broker. */
@QuarkusTest
@PolkuTest
class ReadModelsTest {

    @Inject
    PathwayService pathways;

    @Inject
    ConsentService consents;

    private Optional<KnownPathway> pathway(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> pathways.find(id));
    }

    private boolean inForce(UUID client, OrganisationType type, String day) {
        return QuarkusTransaction.requiringNew().call(() -> consents.inForce(client, type, LocalDate.parse(day)));
    }

    private static void publish(EventType<?> type, UUID subject, String time, Map<String, String> fields) {
        TestEvents.publish(type, UUID.randomUUID(), subject, time, TestEvents.sample(type, fields));
    }

    @Test
    void aPathwayIsKnownOpenClosedAndOpenAgainInItsOrder() {
        UUID pathway = UUID.randomUUID();
        UUID client = UUID.randomUUID();
        UUID opened = UUID.randomUUID();
        String openedJson = TestEvents.sample(
                EventType.PATHWAY_OPENED,
                Map.of("pathwayId", pathway.toString(), "clientId", client.toString(), "team", "Oulu keskusta"));
        TestEvents.publish(EventType.PATHWAY_OPENED, opened, pathway, "2026-03-04T10:00:00Z", openedJson);
        TestEvents.publish(EventType.PATHWAY_OPENED, opened, pathway, "2026-03-04T10:00:00Z", openedJson);
        TestTeams.publishPathwayEvent(EventType.PATHWAY_CLOSED, pathway, client, "2026-05-04T10:00:00Z");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> pathway(pathway).map(known -> known.status).equals(Optional.of(PathwayStatus.CLOSED)));
        assertEquals(client, pathway(pathway).orElseThrow().clientId);
        assertEquals("Oulu keskusta", pathway(pathway).orElseThrow().team);

        TestTeams.publishPathwayEvent(EventType.PATHWAY_REOPENED, pathway, client, "2026-06-04T10:00:00Z");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> pathway(pathway).map(known -> known.status).equals(Optional.of(PathwayStatus.OPEN)));
    }

    @Test
    void aCloseOfAPathwayNeverOpenedIsADeadLetterNotAGuess() {
        UUID pathway = UUID.randomUUID();
        publish(EventType.PATHWAY_CLOSED, pathway, "2026-05-04T10:00:00Z", Map.of("pathwayId", pathway.toString()));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> KafkaTestClient.readAll("pathway.referral.v1.dlq.team-service-pathways").stream()
                        .anyMatch(letter -> letter.key().equals(pathway.toString())
                                && KafkaTestClient.header(letter, "polku-dlq-reason")
                                        .contains("before it was opened")));
        assertEquals(Optional.empty(), pathway(pathway));
    }

    @Test
    void consentIsInForceAsReferralServiceReadsIt() {
        UUID client = UUID.randomUUID();
        TestTeams.giveConsent(client, "2026-03-02T08:20:00Z", "2026-03-02", "2027-03-01");
        await().atMost(Duration.ofSeconds(20)).until(() -> inForce(client, OrganisationType.KELA, "2026-04-01"));
        assertFalse(inForce(client, OrganisationType.KELA, "2027-03-02"), "lapsed");
        assertFalse(inForce(client, OrganisationType.THIRD_SECTOR, "2026-04-01"), "not given");

        TestTeams.withdrawConsent(client, "2026-05-01T08:00:00Z", "2026-05-01");
        await().atMost(Duration.ofSeconds(20)).until(() -> !inForce(client, OrganisationType.KELA, "2026-05-01"));
        assertTrue(inForce(client, OrganisationType.KELA, "2026-04-30"));
    }
}
