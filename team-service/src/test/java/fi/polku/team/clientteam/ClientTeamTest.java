package fi.polku.team.clientteam;

import static fi.polku.team.TestTeams.get;
import static fi.polku.team.TestTeams.post;
import static fi.polku.team.TestTeams.put;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.polku.events.EventType;
import fi.polku.platform.FinnishTime;
import fi.polku.platform.security.Role;
import fi.polku.platform.testing.PolkuTest;
import fi.polku.platform.testing.TestOutbox;
import fi.polku.team.TestTeams;
import fi.polku.team.pathway.PathwayService;
import fi.polku.team.pathway.PathwayStatus;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Every rule of a client's team, tried over REST and through events arriving in their own time. */
@QuarkusTest
@PolkuTest
class ClientTeamTest {

    private static final String TEAM = "Asiakastiimi-testi";

    @Inject
    PathwayService pathways;

    @Inject
    EntityManager em;

    private record Network(String coordinator, String socialWorker, String kela) {}

    private static Network network() {
        return new Network(
                TestTeams.professional("WORK_ABILITY_COORDINATOR", "COUNTY", false, "0.5"),
                TestTeams.professional("SOCIAL_WORKER", "COUNTY", true, "0.5"),
                TestTeams.professional("KELA_WORK_ABILITY_ADVISOR", "KELA", false, "0.5"));
    }

    /** An open pathway of a new client in {@link #TEAM}, once team-service knows it; returns [pathwayId, clientId]. */
    private static UUID[] openPathway() {
        return TestTeams.openPathway(TEAM, "Oulu", Instant.parse("2026-03-04T10:00:00Z"));
    }

    private Optional<PathwayStatus> status(UUID pathway) {
        return QuarkusTransaction.requiringNew()
                .call(() -> pathways.find(pathway).map(known -> known.status));
    }

    private static ValidatableResponse compose(UUID pathway, String coordinator, String... members) {
        return TestTeams.compose(TEAM, pathway, coordinator, members);
    }

    /** Composes with {@code more} fields after the coordinator. */
    private static ValidatableResponse composeWith(UUID pathway, String more, String coordinator, String... members) {
        return TestTeams.composeWith(TestTeams.member(TEAM), pathway, more, coordinator, members);
    }

    private static ValidatableResponse coordinator(UUID pathway, String professional) {
        return coordinatorAs(TestTeams.member(TEAM), pathway, professional);
    }

    /** Names {@code professional} the coordinator as the holder of {@code bearer}. */
    private static ValidatableResponse coordinatorAs(String bearer, UUID pathway, String professional) {
        return post(
                bearer,
                "/api/v1/pathways/{id}/team/coordinator",
                "{\"professionalId\": \"" + professional + "\"}",
                pathway);
    }

    /** The pathway's client team as the holder of {@code bearer} sees it. */
    private static ValidatableResponse team(String bearer, UUID pathway) {
        return get(bearer, "/api/v1/pathways/{id}/team", pathway);
    }

    private List<String> eventTypes(UUID pathway) {
        return TestOutbox.typesAbout(em, pathway);
    }

    private long coordinators(UUID pathway) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("""
                select count(*) from client_team_member m join client_team t on t.id = m.client_team_id
                where t.pathway_id = ?1 and m.coordinator and m.left_at is null""")
                                .setParameter(1, pathway)
                                .getSingleResult())
                        .longValue());
    }

    @Test
    void aTeamHasExactlyOneCoordinatorWhoIsAMemberAndChangingItIsAnExplicitRecordedAct() {
        Network network = network();
        UUID pathway = openPathway()[0];
        compose(pathway, network.kela(), network.coordinator())
                .statusCode(422)
                .body("type", equalTo("https://polku.fi/problems/rule/one-coordinator"))
                .body("errors[0].field", equalTo("coordinatorId"));
        compose(pathway, network.coordinator(), network.coordinator(), network.coordinator())
                .statusCode(400)
                .body("errors[0].field", equalTo("members[1].professionalId"));
        compose(pathway, network.coordinator(), UUID.randomUUID().toString())
                .statusCode(400)
                .body("errors[0].field", equalTo("members[0].professionalId"));
        assertTrue(eventTypes(pathway).isEmpty(), "nothing is half-written");

        compose(pathway, network.coordinator(), network.coordinator(), network.socialWorker())
                .statusCode(200)
                .body("members[0].professionalId", equalTo(network.coordinator()))
                .body("members[0].coordinator", equalTo(true))
                .body("members[1].coordinator", equalTo(false));
        compose(pathway, network.socialWorker(), network.coordinator(), network.socialWorker())
                .statusCode(422)
                .body("type", equalTo("https://polku.fi/problems/rule/coordinator-change-is-explicit"));
        coordinator(pathway, network.socialWorker())
                .statusCode(200)
                .body("members[0].professionalId", equalTo(network.socialWorker()))
                .body("coordinatorChanges.size()", equalTo(2))
                .body("coordinatorChanges[1].previousCoordinatorId", equalTo(network.coordinator()))
                .body(
                        "coordinatorChanges[1].changedBy",
                        equalTo(TestTeams.countyMember(TEAM).id()));
        coordinator(pathway, network.kela()).statusCode(422).body("errors[0].field", equalTo("professionalId"));
        assertEquals(1, coordinators(pathway));
        assertEquals(
                List.of("fi.polku.team.assembled.v1", "fi.polku.team.client-coordinator-changed.v1"),
                eventTypes(pathway));

        compose(pathway, network.socialWorker(), network.socialWorker())
                .statusCode(200)
                .body("members.size()", equalTo(1))
                .body("formerMembers[0].professionalId", equalTo(network.coordinator()))
                .body("formerMembers[0].leftReason", equalTo("REMOVED"));
        compose(pathway, network.socialWorker(), network.socialWorker(), network.coordinator())
                .statusCode(200)
                .body("members.size()", equalTo(2));
        assertEquals(
                List.of(
                        "fi.polku.team.assembled.v1",
                        "fi.polku.team.client-coordinator-changed.v1",
                        "fi.polku.team.member-left.v1",
                        "fi.polku.team.member-joined.v1"),
                eventTypes(pathway));
    }

    @Test
    void aTeamLeftWithoutACoordinatorIsGivenOneAgain() {
        Network network = network();
        UUID pathway = openPathway()[0];
        compose(pathway, network.coordinator(), network.coordinator(), network.socialWorker())
                .statusCode(200);
        // As a team from before coordinators had to be of the county is once its outside coordinator left with consent.
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("""
                update client_team_member set coordinator = false
                where client_team_id = (select id from client_team where pathway_id = ?1)""").setParameter(1, pathway).executeUpdate());
        compose(pathway, network.socialWorker(), network.coordinator(), network.socialWorker())
                .statusCode(200)
                .body("members[0].professionalId", equalTo(network.socialWorker()))
                .body("members[0].coordinator", equalTo(true))
                .body("coordinatorChanges[1].previousCoordinatorId", nullValue());
        assertEquals(1, coordinators(pathway));
        assertEquals(
                List.of("fi.polku.team.assembled.v1", "fi.polku.team.client-coordinator-changed.v1"),
                eventTypes(pathway));
    }

    @Test
    void aSocialWelfareClientsTeamNamesTheirSocialWorker() {
        Network network = network();
        UUID pathway = openPathway()[0];
        composeWith(
                        pathway,
                        ", \"socialWelfareClient\": true",
                        network.coordinator(),
                        network.coordinator(),
                        network.socialWorker())
                .statusCode(422)
                .body("type", equalTo("https://polku.fi/problems/rule/named-social-worker"))
                .body("errors[0].field", equalTo("namedSocialWorkerId"));
        composeWith(
                        pathway,
                        ", \"socialWelfareClient\": true, \"namedSocialWorkerId\": \"" + network.coordinator() + "\"",
                        network.coordinator(),
                        network.coordinator(),
                        network.socialWorker())
                .statusCode(422)
                .body(
                        "detail",
                        equalTo("namedSocialWorkerId: must be a social-welfare professional of the county "
                                + "(Social Welfare Act §42)"));
        composeWith(
                        pathway,
                        ", \"socialWelfareClient\": true, \"namedSocialWorkerId\": \"" + network.socialWorker() + "\"",
                        network.coordinator(),
                        network.coordinator(),
                        network.socialWorker())
                .statusCode(200)
                .body("socialWelfareClient", equalTo(true))
                .body("namedSocialWorkerId", equalTo(network.socialWorker()));
        composeWith(
                        pathway,
                        ", \"socialWelfareClient\": true, \"namedSocialWorkerId\": \"" + network.socialWorker() + "\"",
                        network.coordinator(),
                        network.coordinator())
                .statusCode(422)
                .body("detail", equalTo("namedSocialWorkerId: must be one of the members"));
    }

    @Test
    void racingCoordinatorChangesLeaveExactlyOne() throws Exception {
        Network network = network();
        UUID pathway = openPathway()[0];
        compose(pathway, network.coordinator(), network.coordinator(), network.socialWorker())
                .statusCode(200);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String next = i % 2 == 0 ? network.socialWorker() : network.coordinator();
                answers.add(threads.submit(
                        () -> coordinator(pathway, next).extract().statusCode()));
            }
            for (Future<Integer> answer : answers) {
                assertEquals(200, answer.get(), "each change waits for the one before it");
            }
        } finally {
            threads.shutdown();
        }
        assertEquals(1, coordinators(pathway));
    }

    @Test
    void racingAssembliesLeaveOneTeamWithOneCoordinatorPublishedOnce() throws Exception {
        Network network = network();
        UUID pathway = openPathway()[0];
        ExecutorService threads = Executors.newFixedThreadPool(4);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String coordinator = i % 2 == 0 ? network.coordinator() : network.socialWorker();
                answers.add(threads.submit(
                        () -> compose(pathway, coordinator, network.coordinator(), network.socialWorker())
                                .extract()
                                .statusCode()));
            }
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
        } finally {
            threads.shutdown();
        }
        assertTrue(statuses.contains(200), statuses.toString());
        assertTrue(
                statuses.stream().allMatch(s -> s == 200 || s == 409 || s == 422),
                "a lost race is a conflict or the explicit-change rule, never a server error: " + statuses);
        assertEquals(1, coordinators(pathway));
        assertEquals(List.of("fi.polku.team.assembled.v1"), eventTypes(pathway));
    }

    @Test
    void anOutsideProfessionalJoinsOnlyUnderConsentAndLeavesWhenItEnds() {
        Network network = network();
        UUID[] ids = openPathway();
        UUID pathway = ids[0];
        UUID client = ids[1];
        compose(pathway, network.coordinator(), network.coordinator(), network.kela())
                .statusCode(422)
                .body("type", equalTo("https://polku.fi/problems/rule/consent-in-force"))
                .body(
                        "detail",
                        equalTo("members[1].professionalId: a professional of KELA joins a client's team only "
                                + "while the client's consent for KELA is in force"));

        String today = LocalDate.now(FinnishTime.ZONE).toString();
        TestTeams.giveConsent(client, "2026-03-02T08:20:00Z", today, "2099-12-31");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> compose(pathway, network.coordinator(), network.coordinator(), network.kela())
                                .extract()
                                .statusCode()
                        == 200);
        String kelaAdvisor = TestTeams.member(TEAM, "KELA", Role.TEAM_MEMBER);
        team(kelaAdvisor, pathway)
                .statusCode(200)
                .body("members.size()", equalTo(2))
                .body("socialWelfareClient", nullValue());
        String asKela =
                "{\"members\": [{\"professionalId\": \"" + network.coordinator() + "\"}, {\"professionalId\": \""
                        + network.kela() + "\"}], \"coordinatorId\": \"" + network.coordinator() + "\"";
        put(kelaAdvisor, "/api/v1/pathways/{id}/team", asKela + ", \"socialWelfareClient\": true}", pathway)
                .statusCode(403);
        put(kelaAdvisor, "/api/v1/pathways/{id}/team", asKela + "}", pathway).statusCode(403);
        coordinatorAs(kelaAdvisor, pathway, network.kela()).statusCode(403);
        team(TestTeams.member(TEAM), pathway).body("socialWelfareClient", equalTo(false));

        TestTeams.withdrawConsent(client, "2099-01-01T08:00:00Z", today);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> team(TestTeams.member(TEAM), pathway)
                        .extract()
                        .jsonPath()
                        .getList("formerMembers.leftReason")
                        .contains("CONSENT_ENDED"));
        team(TestTeams.member(TEAM), pathway)
                .body("members.size()", equalTo(1))
                .body("members[0].coordinator", equalTo(true));
        assertEquals(
                List.of("fi.polku.team.assembled.v1", "fi.polku.team.member-left.v1"),
                eventTypes(pathway),
                "the leaving is published");
    }

    @Test
    void aClosedPathwaysTeamIsFrozenAndAReopenedOneThaws() {
        Network network = network();
        UUID[] ids = openPathway();
        UUID pathway = ids[0];
        compose(pathway, network.coordinator(), network.coordinator()).statusCode(200);
        TestTeams.publishPathwayEvent(EventType.PATHWAY_CLOSED, pathway, ids[1], "2026-05-04T10:00:00Z");
        await().atMost(Duration.ofSeconds(20)).until(() -> status(pathway).equals(Optional.of(PathwayStatus.CLOSED)));
        compose(pathway, network.coordinator(), network.socialWorker())
                .statusCode(409)
                .body(
                        "detail",
                        equalTo("The pathway is closed: its team, meetings, contacts and consultations are "
                                + "frozen until it is reopened"));
        coordinator(pathway, network.coordinator()).statusCode(409);

        TestTeams.publishPathwayEvent(EventType.PATHWAY_REOPENED, pathway, ids[1], "2026-06-04T10:00:00Z");
        await().atMost(Duration.ofSeconds(20)).until(() -> status(pathway).equals(Optional.of(PathwayStatus.OPEN)));
        compose(pathway, network.coordinator(), network.coordinator(), network.socialWorker())
                .statusCode(200);
    }

    @Test
    void anotherTeamsProfessionalSeesNothing() {
        Network network = network();
        UUID pathway = openPathway()[0];
        compose(pathway, network.coordinator(), network.coordinator()).statusCode(200);
        String other = TestTeams.member("Kempele");
        team(other, pathway).statusCode(404);
        coordinatorAs(other, pathway, network.coordinator()).statusCode(404);
        assertEquals(List.of("fi.polku.team.assembled.v1"), eventTypes(pathway));
    }
}
