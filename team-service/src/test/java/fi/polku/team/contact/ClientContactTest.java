package fi.polku.team.contact;

import static fi.polku.team.TestTeams.compose;
import static fi.polku.team.TestTeams.get;
import static fi.polku.team.TestTeams.member;
import static fi.polku.team.TestTeams.post;
import static fi.polku.team.TestTeams.professional;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.polku.platform.FinnishTime;
import fi.polku.platform.security.Role;
import fi.polku.platform.testing.PolkuTest;
import fi.polku.platform.testing.TestOutbox;
import fi.polku.platform.testing.Tokens;
import fi.polku.team.TestTeams;
import fi.polku.team.pathway.PathwayService;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@PolkuTest
class ClientContactTest {

    private static final String TEAM = "Käyntitiimi";

    @Inject
    PathwayService pathways;

    @Inject
    EntityManager em;

    private static ValidatableResponse contact(
            UUID pathway, String professional, String kind, int minutes, LocalDate on) {
        return post(
                member(TEAM),
                "/api/v1/pathways/{id}/contacts",
                """
                {"professionalId": "%s", "kind": "%s", "durationMinutes": %d, "contactOn": "%s"}""".formatted(professional, kind, minutes, on),
                pathway);
    }

    @Test
    void contactsAreRecordedByMembersAndTheCoordinatorsAreMarked() {
        String coordinator = professional("WORK_ABILITY_COORDINATOR", "COUNTY", false, "1.0");
        String nurse = professional("PSYCHIATRIC_NURSE", "COUNTY", false, "0.5");
        String stranger = professional("DOCTOR", "COUNTY", false, "0.5");
        UUID[] ids = TestTeams.openPathway(TEAM, "Oulu", Instant.now());
        UUID pathway = ids[0];
        LocalDate today = LocalDate.now(FinnishTime.ZONE);
        contact(pathway, coordinator, "VISIT", 45, today).statusCode(409);
        compose(TEAM, pathway, coordinator, coordinator, nurse).statusCode(200);

        contact(pathway, coordinator, "VISIT", 45, today.minusDays(1))
                .statusCode(201)
                .body("byCoordinator", equalTo(true))
                .body("clientId", equalTo(ids[1].toString()));
        contact(pathway, nurse, "PHONE", 15, today).statusCode(201).body("byCoordinator", equalTo(false));
        contact(pathway, stranger, "PHONE", 15, today)
                .statusCode(422)
                .body("type", equalTo("https://polku.fi/problems/rule/contact-by-member"))
                .body("errors[0].field", equalTo("professionalId"));
        contact(pathway, coordinator, "VISIT", 0, today)
                .statusCode(400)
                .body("errors[0].field", equalTo("durationMinutes"));
        contact(pathway, coordinator, "VISIT", 481, today)
                .statusCode(400)
                .body("errors[0].field", equalTo("durationMinutes"));
        contact(pathway, coordinator, "VISIT", 30, today.plusDays(1))
                .statusCode(400)
                .body("errors[0].field", equalTo("contactOn"));
        contact(pathway, coordinator, "LETTER", 30, today).statusCode(400).body("errors[0].field", equalTo("kind"));

        get(member(TEAM), "/api/v1/pathways/{id}/contacts", pathway)
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items[0].kind", equalTo("PHONE"))
                .body("items[1].durationMinutes", equalTo(45));
        List<TestOutbox.Published> published = TestOutbox.about(em, pathway);
        assertEquals(
                List.of(
                        "fi.polku.team.assembled.v1",
                        "fi.polku.team.client-contact-recorded.v1",
                        "fi.polku.team.client-contact-recorded.v1"),
                published.stream().map(TestOutbox.Published::type).toList());
        assertTrue(
                published.get(1).payload().contains("\"byCoordinator\": true"),
                published.get(1).payload());
        assertTrue(
                published.get(2).payload().contains("\"profession\": \"PSYCHIATRIC_NURSE\""),
                published.get(2).payload());

        TestTeams.closePathway(pathways, pathway, ids[1]);
        contact(pathway, coordinator, "VISIT", 30, today).statusCode(409);
        get(member("Toinen tiimi"), "/api/v1/pathways/{id}/contacts", pathway).statusCode(404);
    }

    @Test
    void anOutsideMemberRecordsTheirOwnContactsAndNothingOfTheCountys() {
        String coordinator = professional("WORK_ABILITY_COORDINATOR", "COUNTY", false, "1.0");
        String advisor = professional("KELA_WORK_ABILITY_ADVISOR", "KELA", false, "0.2", TestTeams.teamId(TEAM));
        String kela = Tokens.as("aino")
                .roles(Role.TEAM_MEMBER)
                .organisation("KELA")
                .professionalId(advisor)
                .bearer();
        UUID[] ids = TestTeams.openPathway(TEAM, "Oulu", Instant.now());
        UUID pathway = ids[0];
        TestTeams.giveConsent(
                ids[1],
                Instant.now().toString(),
                LocalDate.now(FinnishTime.ZONE).toString(),
                "2099-12-31");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> compose(TEAM, pathway, coordinator, coordinator, advisor)
                                .extract()
                                .statusCode()
                        == 200);
        String body =
                "{\"professionalId\": \"%s\", \"kind\": \"VISIT\", \"durationMinutes\": 30, \"contactOn\": \"%s\"}";
        String today = LocalDate.now(FinnishTime.ZONE).toString();

        post(kela, "/api/v1/pathways/{id}/contacts", body.formatted(advisor, today), pathway)
                .statusCode(201);
        post(kela, "/api/v1/pathways/{id}/contacts", body.formatted(coordinator, today), pathway)
                .statusCode(422)
                .body("type", equalTo("https://polku.fi/problems/rule/own-contact"));
        post(kela, "/api/v1/pathways/{id}/meetings", """
                        {"heldOn": "%s", "format": "REMOTE", "attendingMemberIds": ["%s"], "clientPresent": true}""".formatted(today, advisor), pathway)
                .statusCode(403);
        get(kela, "/api/v1/pathways/{id}/contacts", pathway).statusCode(200).body("total", equalTo(1));
    }
}
