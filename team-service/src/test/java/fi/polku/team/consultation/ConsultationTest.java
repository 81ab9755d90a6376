package fi.polku.team.consultation;

import static fi.polku.team.TestTeams.compose;
import static fi.polku.team.TestTeams.get;
import static fi.polku.team.TestTeams.member;
import static fi.polku.team.TestTeams.post;
import static fi.polku.team.TestTeams.professional;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.polku.platform.security.Role;
import fi.polku.platform.testing.PolkuTest;
import fi.polku.platform.testing.TestOutbox;
import fi.polku.platform.testing.Tokens;
import fi.polku.team.TestTeams;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@PolkuTest
class ConsultationTest {

    private static final String TEAM = "Konsultoiva tiimi";

    @Inject
    EntityManager em;

    private record Centre(String name, String expert, String token) {}

    private static Centre centre() {
        String name = "Osaamiskeskus " + UUID.randomUUID();
        String id = TestTeams.standingTeam(name, "COMPETENCE_CENTRE", "Pohjois-Pohjanmaa");
        String expert = professional("PSYCHOLOGIST", "COUNTY", false, "1.0", id);
        return new Centre(
                name,
                expert,
                Tokens.as("kaarina")
                        .roles(Role.TEAM_MEMBER)
                        .professionalId(expert)
                        .bearer());
    }

    private static UUID assembledPathway() {
        String coordinator = professional("WORK_ABILITY_COORDINATOR", "COUNTY", false, "1.0");
        UUID pathway = TestTeams.openPathway(TEAM, "Oulu", Instant.now())[0];
        compose(TEAM, pathway, coordinator, coordinator).statusCode(200);
        return pathway;
    }

    private static String ask(UUID pathway, String consulted) {
        return post(member(TEAM), "/api/v1/pathways/{id}/consultations", """
                {"consulted": "%s", "topic": "WORK_ABILITY_ASSESSMENT", "question": "Mitä seuraavaksi?"}""".formatted(consulted), pathway)
                .statusCode(201)
                .body("requestedBy", equalTo(TestTeams.countyMember(TEAM).id()))
                .extract()
                .path("id");
    }

    private static ValidatableResponse answer(String token, String consultation, String by) {
        return post(token, "/api/v1/consultations/{id}/answer", """
                {"answeredBy": "%s", "answerSummary": "Arvio fysioterapeutilla ensin."}""".formatted(by), consultation);
    }

    @Test
    void theCompetenceCentreSeesWhatIsAskedOfItAndAnswersOnce() {
        Centre centre = centre();
        UUID pathway = assembledPathway();
        String consultation = ask(pathway, "COMPETENCE_CENTRE");

        get(centre.token(), "/api/v1/competence-centre/consultations")
                .statusCode(200)
                .body("items.id", hasItem(consultation));
        get(member(TEAM), "/api/v1/competence-centre/consultations")
                .statusCode(200)
                .body("total", equalTo(0));
        String kela = TestTeams.member(centre.name(), "KELA", Role.TEAM_MEMBER);
        get(kela, "/api/v1/competence-centre/consultations").statusCode(403);
        get(centre.token(), "/api/v1/consultations/{id}", consultation)
                .statusCode(200)
                .body("question", equalTo("Mitä seuraavaksi?"));
        get(member("Aivan muu tiimi"), "/api/v1/consultations/{id}", consultation)
                .statusCode(404)
                .body("detail", equalTo("No consultation " + consultation));

        UUID unrelated = assembledPathway();
        get(centre.token(), "/api/v1/pathways/{id}/consultations", unrelated).statusCode(404);
        answer(member(TEAM), consultation, centre.expert()).statusCode(403);

        String notOfTheCentre = professional("DOCTOR", "COUNTY", false, "0.5");
        answer(centre.token(), consultation, notOfTheCentre)
                .statusCode(422)
                .body("type", equalTo("https://polku.fi/problems/rule/answered-by-consulted"))
                .body("errors[0].field", equalTo("answeredBy"));
        answer(centre.token(), consultation, centre.expert())
                .statusCode(200)
                .body("answeredBy", equalTo(centre.expert()))
                .body("answerSummary", equalTo("Arvio fysioterapeutilla ensin."));
        answer(centre.token(), consultation, centre.expert()).statusCode(409);
        get(centre.token(), "/api/v1/competence-centre/consultations").body("items.id", not(hasItem(consultation)));
        get(centre.token(), Map.of("unanswered", "false"), "/api/v1/competence-centre/consultations")
                .body("items.id", hasItem(consultation));

        List<TestOutbox.Published> published = TestOutbox.about(em, pathway);
        assertEquals(
                List.of(
                        "fi.polku.team.assembled.v1",
                        "fi.polku.team.consultation-requested.v1",
                        "fi.polku.team.consultation-answered.v1"),
                published.stream().map(TestOutbox.Published::type).toList());
        assertTrue(
                published.stream()
                        .noneMatch(p -> p.payload().contains("seuraavaksi")
                                || p.payload().contains("fysioterapeutilla")),
                "questions and answers stay in team-service");
    }

    @Test
    void aCoordinatorConsultationIsAnsweredByAWorkAbilityCoordinatorRecordedByTheTeam() {
        UUID pathway = assembledPathway();
        String consultation = ask(pathway, "WORK_ABILITY_COORDINATOR");
        answer(member(TEAM), consultation, professional("DOCTOR", "COUNTY", false, "0.5"))
                .statusCode(422)
                .body(
                        "detail",
                        equalTo("answeredBy: must be a work-ability coordinator: the consultation was "
                                + "addressed to WORK_ABILITY_COORDINATOR"));
        answer(member(TEAM), consultation, professional("WORK_ABILITY_COORDINATOR", "COUNTY", false, "1.0"))
                .statusCode(200);
        answer(member(TEAM), consultation, UUID.randomUUID().toString())
                .statusCode(400)
                .body("errors[0].field", equalTo("answeredBy"));
        get(member(TEAM), "/api/v1/pathways/{id}/consultations", pathway)
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].consulted", equalTo("WORK_ABILITY_COORDINATOR"));
    }

    @Test
    void aPathwayIsReferredToTheCompetenceCentreOnce() {
        Centre centre = centre();
        UUID pathway = assembledPathway();
        String body = """
                {"topic": "REHABILITATION", "reason": "Useita päällekkäisiä kuntoutustarpeita."}""";
        String referral = "/api/v1/pathways/{id}/competence-centre-referral";
        get(centre.token(), referral, pathway).statusCode(404);
        post(member(TEAM), referral, body, pathway).statusCode(201).body("topic", equalTo("REHABILITATION"));
        post(member(TEAM), referral, body, pathway).statusCode(409);
        get(centre.token(), referral, pathway)
                .statusCode(200)
                .body("reason", equalTo("Useita päällekkäisiä kuntoutustarpeita."));
        get(centre.token(), Map.of("size", 200), "/api/v1/competence-centre/referrals")
                .statusCode(200)
                .body("items.pathwayId", hasItem(pathway.toString()));
        get(member(TEAM), "/api/v1/competence-centre/referrals").body("total", equalTo(0));
        assertEquals(
                "fi.polku.team.competence-centre-referred.v1",
                TestOutbox.about(em, pathway).getLast().type());
    }
}
