package fi.polku.team.consent;

import static org.awaitility.Awaitility.await;

import fi.polku.events.CloudEventHeaders;
import fi.polku.events.EventType;
import fi.polku.events.Topics;
import fi.polku.platform.FinnishTime;
import fi.polku.platform.security.Role;
import fi.polku.platform.testing.KafkaTestClient;
import fi.polku.platform.testing.PolkuTest;
import fi.polku.platform.testing.TestEvents;
import fi.polku.team.TestTeams;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Consent is referral-service's to publish: a consent anyone else puts on the topic opens nothing. */
@QuarkusTest
@PolkuTest
class ForgedConsentTest {

    private static final String TEAM = "Suostumustiimi";

    @Test
    void aConsentFromAnotherSourceIsDeadLetteredAndOpensNothing() {
        String coordinator = TestTeams.professional("WORK_ABILITY_COORDINATOR", "COUNTY", false, "1.0");
        UUID[] ids = TestTeams.openPathway(TEAM, "Oulu", Instant.now());
        TestTeams.compose(TEAM, ids[0], coordinator, coordinator).statusCode(200);
        String kela = TestTeams.member(TEAM, "KELA", Role.TEAM_MEMBER);

        UUID forged = UUID.randomUUID();
        var record = TestEvents.record(
                EventType.CONSENT_GIVEN,
                forged,
                ids[1],
                Instant.now().toString(),
                TestTeams.consentGiven(ids[1], LocalDate.now(FinnishTime.ZONE).toString(), "2099-12-31"));
        record.headers().remove(CloudEventHeaders.SOURCE);
        record.headers().add(CloudEventHeaders.SOURCE, "/polku/an-attacker".getBytes(StandardCharsets.UTF_8));
        KafkaTestClient.sendAll(List.of(record));

        await().atMost(Duration.ofSeconds(20))
                .until(() ->
                        KafkaTestClient.readAll(Topics.deadLetter(Topics.CONSENT, "team-service-consents")).stream()
                                .anyMatch(r ->
                                        forged.toString().equals(KafkaTestClient.header(r, CloudEventHeaders.ID))));
        for (String path : List.of(
                "/api/v1/pathways/{id}/team", "/api/v1/pathways/{id}/meetings", "/api/v1/pathways/{id}/contacts")) {
            TestTeams.get(kela, path, ids[0]).statusCode(404);
        }
    }
}
