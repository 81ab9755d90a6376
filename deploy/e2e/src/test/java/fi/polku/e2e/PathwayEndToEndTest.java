package fi.polku.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Follows pathway events through the four services running as real processes, with the real Kafka
 * broker process and PostgreSQL, all started by {@code deploy/local/stack}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PathwayEndToEndTest {

    /** Ports 18081–18084 and Kafka 19092, run directory deploy/e2e/target/stack, databases polku_e2e_*. */
    private static final LocalStack STACK = new LocalStack("stack", 18080, 19092, "polku_e2e", 15442);

    private static final String PRIVATE_MARKER = "Yksityinen-" + UUID.randomUUID();
    /** Identity codes of the clients this test registered: none may ever appear on a topic. */
    private static final List<String> IDENTITY_CODES = new ArrayList<>();

    private static String integration;
    private static String professional;
    private static String teamMember;
    private static String nurse;
    private static String analyst;
    private static String ouluKeskusta;

    @BeforeAll
    static void startStack() throws Exception {
        STACK.up();
        integration = "Bearer " + STACK.token("te-integration");
        professional = "Bearer " + STACK.token("liisa");
        teamMember = "Bearer " + STACK.token("tiina");
        nurse = "Bearer " + STACK.token("hanna");
        analyst = "Bearer " + STACK.token("anni");
        // Tiina's team: the intake and the pathways she sees are those the registry's teams of hers serve.
        ouluKeskusta();
    }

    @AfterAll
    static void stopStack() {
        STACK.down();
    }

    private static String registerClient(boolean securityBan) {
        String[] client = STACK.registerClient("564", securityBan);
        IDENTITY_CODES.add(client[1]);
        return client[0];
    }

    private static String postReferral(String source) {
        return postReferral(source, registerClient(false));
    }

    /** A referral from {@code source}: TE's system sends its own; the county's referral handler records the others. */
    private static String postReferral(String source, String clientId) {
        String sender = "EMPLOYMENT_SERVICES".equals(source) ? integration : professional;
        return given().header("Authorization", sender)
                .contentType(ContentType.JSON)
                .body("""
                        {"clientId": "%s", "source": "%s", "referringOrganisation": "TE-toimisto, Oulu",
                         "referringPerson": "%s", "requestedArea": "Oulu", "freeText": "%s",
                         "reasons": ["LONG_TERM_UNEMPLOYMENT"], "labourMarketStatus": "UNEMPLOYED",
                         "unemployedSince": "2024-09-01"}""".formatted(clientId, source, PRIVATE_MARKER, PRIVATE_MARKER))
                .when()
                .post(STACK.url("referral") + "/api/v1/referrals")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /**
     * The id of the standing team "Oulu keskusta", added to team-service's network the first time it is asked for,
     * with tiina registered in it under her token's professional id (which is what makes its pathways hers); triage can
     * assign it once team-service's registry topic has brought it to referral-service.
     */
    private static String ouluKeskusta() {
        if (ouluKeskusta == null) {
            String admin = "Bearer " + STACK.token("aija");
            ouluKeskusta = given().header("Authorization", admin)
                    .contentType(ContentType.JSON)
                    .body("""
                            {"name": "Oulu keskusta", "kind": "WORK_ABILITY_TEAM", "area": "Oulu",
                             "municipalityCodes": ["564"]}""")
                    .when()
                    .post(STACK.url("team") + "/api/v1/teams")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            given().header("Authorization", admin)
                    .contentType(ContentType.JSON)
                    .body("""
                            {"name": "Tiina Demo", "profession": "WORK_ABILITY_COORDINATOR", "organisationType": "COUNTY",
                             "socialWelfare": false, "fte": 1.0, "teams": ["%s"]}""".formatted(ouluKeskusta))
                    .when()
                    .put(STACK.url("team") + "/api/v1/professionals/" + STACK.professionalId("tiina"))
                    .then()
                    .statusCode(201);
        }
        return ouluKeskusta;
    }

    /** Accepts the referral into "Oulu keskusta", waiting for the registry to have reached referral-service. */
    private static void acceptIntoOuluKeskusta(String referralId) {
        String body = "{\"pathwayType\": \"UNEMPLOYED\", \"teamId\": \"" + ouluKeskusta() + "\"}";
        await().atMost(Duration.ofSeconds(30))
                .until(() -> given().header("Authorization", professional)
                                .contentType(ContentType.JSON)
                                .body(body)
                                .when()
                                .post(STACK.url("referral") + "/api/v1/referrals/" + referralId + "/accept")
                                .then()
                                .extract()
                                .statusCode()
                        != 422);
        given().header("Authorization", professional)
                .when()
                .get(STACK.url("referral") + "/api/v1/referrals/" + referralId)
                .then()
                .statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .body("assignedTeamId", equalTo(ouluKeskusta()))
                .body("assignedArea", equalTo("Oulu"));
    }

    private static int receivedReferrals() {
        YearMonth now = YearMonth.now(ZoneId.of("Europe/Helsinki"));
        return given()
                .header("Authorization", analyst)
                .queryParam("from", now.minusMonths(1).toString())
                .queryParam("to", now.plusMonths(1).toString())
                .when()
                .get(STACK.url("indicator") + "/api/v1/indicators/REFERRALS_BY_SOURCE")
                .then()
                .statusCode(200)
                .extract()
                .<List<Integer>>path("totals.value")
                .stream()
                .mapToInt(Integer::intValue)
                .sum();
    }

    @Test
    @Order(1)
    void aReferralTravelsThroughTheBrokerIntoEveryReadModel() {
        int before = receivedReferrals();
        String referralId = postReferral("EMPLOYMENT_SERVICES");
        String pathwayId = given().header("Authorization", professional)
                .when()
                .get(STACK.url("referral") + "/api/v1/referrals/" + referralId)
                .then()
                .statusCode(200)
                .extract()
                .path("pathwayId");

        await().atMost(Duration.ofSeconds(30)).until(() -> receivedReferrals() == before + 1);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> given().header("Authorization", teamMember)
                        .queryParam("area", "Oulu")
                        .queryParam("size", 200)
                        .when()
                        .get(STACK.url("team") + "/api/v1/intake")
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("items.referralId")
                        .contains(referralId));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> given().header("Authorization", nurse)
                                .when()
                                .get(STACK.url("health-check") + "/api/v1/pathways/" + pathwayId)
                                .then()
                                .extract()
                                .statusCode()
                        == 200);
        given().header("Authorization", nurse)
                .when()
                .get(STACK.url("health-check") + "/api/v1/pathways/" + pathwayId)
                .then()
                .body("firstSource", equalTo("EMPLOYMENT_SERVICES"))
                .body("referrals", equalTo(1));

        given().header("Authorization", professional)
                .contentType(ContentType.JSON)
                .body("{\"pathwayType\": \"UNEMPLOYED\", \"area\": \"Oulu\"}")
                .when()
                .post(STACK.url("referral") + "/api/v1/referrals/" + referralId + "/accept")
                .then()
                .statusCode(200)
                .body("status", equalTo("ACCEPTED"));
    }

    @Test
    @Order(2)
    void anEmploymentSystemsRequestBecomesAPathwayOnItsTimelineAndItsUpdateGoesBack() throws Exception {
        int before = receivedReferrals();
        String code = freshIdentityCode();
        IDENTITY_CODES.add(code);
        String reference = "TE-e2e-" + UUID.randomUUID();
        String request = """
                {"externalReference": "%s", "organisationType": "EMPLOYMENT_SERVICES",
                 "referringOrganisation": "Oulun seudun työllisyysalue", "referringPerson": "%s",
                 "client": {"identityCode": "%s", "firstNames": "Maija", "lastName": "Esimerkki", "municipalityCode": "564"},
                 "reasons": ["LONG_TERM_UNEMPLOYMENT"], "labourMarketStatus": "UNEMPLOYED", "unemployedSince": "2024-09-01",
                 "freeText": "%s", "consent": {"validFrom": "%s"}, "sentAt": "%s"}""".formatted(
                        reference,
                        PRIVATE_MARKER,
                        code,
                        PRIVATE_MARKER,
                        LocalDate.now(ZoneId.of("Europe/Helsinki")),
                        Instant.now());
        // As the employment systems do: their own KafkaUser, which may write the requests and nothing else.
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                STACK.kafkaClientConfig("employment-integration"), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("employment.referral-requests.v1", reference, request))
                    .get();
            producer.send(new ProducerRecord<>("employment.referral-requests.v1", reference, request))
                    .get();
        }

        await().atMost(Duration.ofSeconds(30))
                .until(() -> given().header("Authorization", professional)
                                .contentType(ContentType.JSON)
                                .body("{\"identityCode\": \"" + code + "\"}")
                                .when()
                                .post(STACK.url("referral") + "/api/v1/clients/search")
                                .then()
                                .extract()
                                .statusCode()
                        == 200);
        String clientId = given().header("Authorization", professional)
                .contentType(ContentType.JSON)
                .body("{\"identityCode\": \"" + code + "\"}")
                .when()
                .post(STACK.url("referral") + "/api/v1/clients/search")
                .then()
                .extract()
                .path("id");
        var referrals = given().header("Authorization", professional)
                .queryParam("clientId", clientId)
                .when()
                .get(STACK.url("referral") + "/api/v1/referrals")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(1, referrals.getInt("total"), "the request was sent twice and created one referral");
        String referralId = referrals.getString("items[0].id");
        String pathwayId = referrals.getString("items[0].pathwayId");

        acceptIntoOuluKeskusta(referralId);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> readAll(List.of("employment.pathway-updates.v1")).stream()
                        .anyMatch(r -> r.key().equals(pathwayId)
                                && r.value().contains(reference)
                                && r.value().contains("PATHWAY_OPENED")));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> given().header("Authorization", teamMember)
                        .when()
                        .get(STACK.url("referral") + "/api/v1/pathways/" + pathwayId + "/timeline")
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("entries.type")
                        .containsAll(List.of(
                                "fi.polku.referral.received.v1",
                                "fi.polku.pathway.opened.v1",
                                "fi.polku.referral.accepted.v1")));
        // Counted once, like any referral, so that later tests start from a settled baseline.
        await().atMost(Duration.ofSeconds(30)).until(() -> receivedReferrals() == before + 1);
    }

    /** A valid identity code no one has registered: born 1960–1999, individual number 900–999. */
    private static String freshIdentityCode() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String date =
                String.format("%02d%02d%02d", random.nextInt(1, 29), random.nextInt(1, 13), random.nextInt(60, 100));
        String individual = String.valueOf(random.nextInt(900, 1000));
        return date + "-" + individual
                + "0123456789ABCDEFHJKLMNPRSTUVWXY".charAt(Integer.parseInt(date + individual) % 31);
    }

    @Test
    @Order(3)
    void aSecurityBanKeepsTheMunicipalityInReferralService() {
        int before = receivedReferrals();
        String referralId = postReferral("SOTE_CENTRE", registerClient(true));
        String pathwayId = given().header("Authorization", professional)
                .when()
                .get(STACK.url("referral") + "/api/v1/referrals/" + referralId)
                .then()
                .statusCode(200)
                .extract()
                .path("pathwayId");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> given().header("Authorization", nurse)
                                .when()
                                .get(STACK.url("health-check") + "/api/v1/pathways/" + pathwayId)
                                .then()
                                .extract()
                                .statusCode()
                        == 200);
        given().header("Authorization", nurse)
                .when()
                .get(STACK.url("health-check") + "/api/v1/pathways/" + pathwayId)
                .then()
                .body("municipalityCode", equalTo(null));
        // Counted too, so that later tests start from a settled baseline.
        await().atMost(Duration.ofSeconds(30)).until(() -> receivedReferrals() == before + 1);
    }

    @Test
    @Order(4)
    void noApiPathOfAnyServiceAnswersWithoutAToken() {
        List<String[]> operations = List.of(
                new String[] {"referral", "POST", "/api/v1/referrals"},
                new String[] {"referral", "GET", "/api/v1/referrals/" + UUID.randomUUID()},
                new String[] {"team", "GET", "/api/v1/intake"},
                new String[] {"health-check", "GET", "/api/v1/pathways/" + UUID.randomUUID()},
                new String[] {"indicator", "GET", "/api/v1/indicators/REFERRALS_BY_SOURCE?from=2026-01&to=2026-02"});
        for (String[] operation : operations) {
            given().contentType(ContentType.JSON)
                    .body("{}")
                    .when()
                    .request(operation[1], STACK.url(operation[0]) + operation[2])
                    .then()
                    .statusCode(401);
        }
        for (String service : List.of("referral", "team", "health-check", "indicator")) {
            given().when().get(STACK.url(service) + "/api/anything").then().statusCode(401);
            given().when().get(STACK.url(service) + "/q/health/ready").then().statusCode(404);
            given().when()
                    .get(STACK.managementUrl(service) + "/q/health/ready")
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("UP"));
        }
    }

    @Test
    @Order(5)
    void badInputIsAProblemAndIsNotCounted() {
        int before = receivedReferrals();
        given().header("Authorization", integration)
                .contentType(ContentType.JSON)
                .body("{\"source\": \"KELA\"")
                .when()
                .post(STACK.url("referral") + "/api/v1/referrals")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        postReferral("KELA");
        await().atMost(Duration.ofSeconds(30)).until(() -> receivedReferrals() == before + 1);
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(5))
                .until(() -> receivedReferrals() == before + 1);
    }

    @Test
    @Order(6)
    void referralsPostedWhileTheBrokerIsDownAreAllCountedOnceItReturns() {
        int before = receivedReferrals();
        String client = registerClient(false);
        STACK.stopKafka();
        try {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                ids.add(postReferral(i % 2 == 0 ? "TYP" : "SOTE_CENTRE", client));
            }
            assertEquals(20, ids.stream().distinct().count());
            // Readiness tells the truth: without the broker, referral-service is not ready.
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> given().when()
                                    .get(STACK.managementUrl("referral") + "/q/health/ready")
                                    .then()
                                    .extract()
                                    .statusCode()
                            == 503);
            assertEquals(before, receivedReferrals(), "nothing can be counted while the broker is down");
        } finally {
            STACK.startKafka();
        }
        await().atMost(Duration.ofSeconds(120)).until(() -> receivedReferrals() >= before + 20);
        // And none twice: the count stays exact while redeliveries could still arrive.
        await().during(Duration.ofSeconds(5))
                .atMost(Duration.ofSeconds(10))
                .until(() -> receivedReferrals() == before + 20);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> given().when()
                                .get(STACK.managementUrl("referral") + "/q/health/ready")
                                .then()
                                .extract()
                                .statusCode()
                        == 200);
    }

    @Test
    @Order(7)
    void aReferralGoesThroughTriageToAnAssembledTeamOnItsTimeline() {
        String referralId = postReferral("KELA", registerClient(false));
        String pathwayId = given().header("Authorization", professional)
                .when()
                .get(STACK.url("referral") + "/api/v1/referrals/" + referralId)
                .then()
                .statusCode(200)
                .extract()
                .path("pathwayId");
        acceptIntoOuluKeskusta(referralId);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> waitingInOuluKeskusta().contains(pathwayId));
        String coordinator = given().header("Authorization", "Bearer " + STACK.token("aija"))
                .contentType(ContentType.JSON)
                .body("""
                        {"name": "Kaija Koordinaattori", "profession": "WORK_ABILITY_COORDINATOR",
                         "organisationType": "COUNTY", "socialWelfare": false, "fte": 0.8}""")
                .when()
                .post(STACK.url("team") + "/api/v1/professionals")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        String team = "{\"members\": [{\"professionalId\": \"" + coordinator
                + "\", \"roleInCase\": \"Asiakasvastaava\"}]," + " \"coordinatorId\": \"" + coordinator + "\"}";
        await().atMost(Duration.ofSeconds(30))
                .until(() -> given().header("Authorization", teamMember)
                                .contentType(ContentType.JSON)
                                .body(team)
                                .when()
                                .put(STACK.url("team") + "/api/v1/pathways/" + pathwayId + "/team")
                                .then()
                                .extract()
                                .statusCode()
                        == 200);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> given().header("Authorization", teamMember)
                        .when()
                        .get(STACK.url("referral") + "/api/v1/pathways/" + pathwayId + "/timeline")
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("entries.type")
                        .containsAll(List.of("fi.polku.pathway.opened.v1", "fi.polku.team.assembled.v1")));
        assertFalse(waitingInOuluKeskusta().contains(pathwayId), "an assembled team waits no more");
    }

    /** The pathways on "Oulu keskusta"'s waiting list in team-service, which knows the team by id from triage. */
    private static List<String> waitingInOuluKeskusta() {
        return given().header("Authorization", teamMember)
                .queryParam("size", 200)
                .when()
                .get(STACK.url("team") + "/api/v1/teams/" + ouluKeskusta() + "/waiting-list")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.pathwayId");
    }

    @Test
    @Order(7)
    void aHealthCheckIsRecordedOnThePathwayAndOnlyItsCodesTravel() {
        String clientId = registerClient(false);
        String referralId = postReferral("KELA", clientId);
        String pathwayId = given().header("Authorization", professional)
                .when()
                .get(STACK.url("referral") + "/api/v1/referrals/" + referralId)
                .then()
                .statusCode(200)
                .extract()
                .path("pathwayId");
        acceptIntoOuluKeskusta(referralId);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> given().header("Authorization", nurse)
                        .queryParam("area", "Oulu")
                        .queryParam("size", 200)
                        .when()
                        .get(STACK.url("health-check") + "/api/v1/worklist")
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("items.clientId")
                        .contains(clientId));
        String check = given().header("Authorization", nurse)
                .contentType(ContentType.JSON)
                .body("{\"clientId\": \"" + clientId + "\", \"pathwayId\": \"" + pathwayId
                        + "\", \"requestedBy\": \"WORKLIST\"}")
                .when()
                .post(STACK.url("health-check") + "/api/v1/health-checks")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().header("Authorization", nurse)
                .contentType(ContentType.JSON)
                .body("""
                        {"visit": {"serviceType": "T29", "contactType": "R10", "spatCode": "SPAT1308",
                                   "reasonCodeSystem": "ICPC2", "reasonCode": "A98"},
                         "workAbilityScore": 5,
                         "findings": {"physicalHealth": {"level": "SOME_CONCERN", "note": "%s"},
                                      "mentalHealth": {"level": "SIGNIFICANT_CONCERN", "note": "%s"},
                                      "substanceUse": {"level": "NO_CONCERN"}, "functionalAbility": {"level": "SOME_CONCERN"},
                                      "socialSituation": {"level": "NO_CONCERN"}},
                         "screening": {"phq9": 17},
                         "assessment": "NEEDS_ASSESSMENT",
                         "followUps": [{"followUp": "WORK_ABILITY_ASSESSMENT", "responsible": "%s"}],
                         "note": "%s"}""".formatted(PRIVATE_MARKER, PRIVATE_MARKER, PRIVATE_MARKER, PRIVATE_MARKER))
                .when()
                .post(STACK.url("health-check") + "/api/v1/health-checks/" + check + "/record")
                .then()
                .statusCode(200)
                .body("status", equalTo("COMPLETED"));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> given().header("Authorization", teamMember)
                        .when()
                        .get(STACK.url("referral") + "/api/v1/pathways/" + pathwayId + "/timeline")
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("entries.type")
                        .contains("fi.polku.health-check.completed.v1"));
        assertFalse(
                given().header("Authorization", nurse)
                        .queryParam("area", "Oulu")
                        .queryParam("size", 200)
                        .when()
                        .get(STACK.url("health-check") + "/api/v1/worklist")
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("items.clientId")
                        .contains(clientId),
                "a completed check takes the client off the worklist");
    }

    @Test
    @Order(8)
    void nothingPrivateEverReachedTheBus() {
        List<ConsumerRecord<String, String>> records = readAll(List.of(
                "pathway.referral.v1",
                "pathway.referral.v1.dlq.team-service",
                "pathway.referral.v1.dlq.health-check-service",
                "pathway.referral.v1.dlq.indicator-service-facts",
                "pathway.referral.v1.dlq.referral-service-timeline",
                "pathway.team.v1",
                "pathway.health-check.v1",
                "client.consent.v1",
                "employment.pathway-updates.v1",
                "registry.team.v1",
                "registry.team.v1.dlq.referral-service-teams",
                "registry.team.v1.dlq.indicator-service-registry"));
        assertFalse(records.isEmpty());
        assertTrue(
                records.stream().anyMatch(r -> "fi.polku.pathway.opened.v1".equals(header(r, "ce_type"))),
                "the accepted referral opened a pathway on the bus");
        assertEquals(
                List.of(),
                records.stream()
                        .filter(r -> r.topic().contains(".dlq."))
                        .map(r -> header(r, "ce_type"))
                        .toList(),
                "every consumer understood every event");
        List<String> secrets = new ArrayList<>(IDENTITY_CODES);
        secrets.add(PRIVATE_MARKER);
        secrets.add("Esimerkki");
        assertFalse(IDENTITY_CODES.isEmpty(), "the test registered its clients");
        for (ConsumerRecord<String, String> record : records) {
            for (String secret : secrets) {
                assertFalse(
                        record.value() != null && record.value().contains(secret),
                        "personal data (" + secret.length() + " chars) reached " + record.topic());
                record.headers()
                        .forEach(h -> assertFalse(
                                new String(h.value(), StandardCharsets.UTF_8).contains(secret),
                                "personal data reached a header on " + record.topic()));
            }
        }
        assertTrue(STACK.status().contains("ready"));
    }

    /**
     * Every service is connected to its database as the role of its own that deploy/local/stack made, no superuser, as
     * in production: not as PostgreSQL's superuser, who could switch the access log's append-only triggers off (what
     * that role may do is AccessLogTest's).
     */
    @Test
    @Order(9)
    void everyServiceConnectsAsARoleOfItsOwnThatIsNoSuperuser() throws Exception {
        Set<String> connected = new TreeSet<>();
        try (Connection connection = DriverManager.getConnection(
                        "jdbc:postgresql://127.0.0.1:" + STACK.pgPort() + "/postgres", "postgres", "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        select distinct a.datname, a.usename, r.rolsuper
                        from pg_stat_activity a join pg_roles r on r.rolname = a.usename
                        where a.datname like '%s\\_%%' and a.backend_type = 'client backend'""".formatted(STACK.dbPrefix()))) {
            while (rows.next()) {
                assertFalse(rows.getBoolean("rolsuper"), rows.getString("usename") + " is a superuser");
                connected.add(rows.getString("datname") + " as " + rows.getString("usename"));
            }
        }
        Set<String> expected = new TreeSet<>();
        LocalStack.SERVICES.forEach(service -> {
            String database = STACK.dbPrefix() + "_" + service.replace('-', '_');
            expected.add(database + " as " + database);
        });
        // Keycloak migrates its own schema: it connects as its database's owner, which is no superuser either.
        expected.add(STACK.dbPrefix() + "_keycloak as " + STACK.dbPrefix() + "_keycloak_owner");
        assertEquals(expected, connected, "each service's database and the roles connected to it");
        // As on Kubernetes, the owner migrated in a run of its own; the running service was never given its password
        // and only validated the schema, as its own role.
        for (String service : LocalStack.SERVICES) {
            String database = STACK.dbPrefix() + "_" + service.replace('-', '_');
            String pid = Files.readString(STACK.runDir().resolve("pids").resolve(service + ".pid"))
                    .strip();
            Set<String> environment =
                    Set.of(Files.readString(Path.of("/proc", pid, "environ")).split("\0"));
            assertTrue(environment.contains("QUARKUS_FLYWAY_USERNAME=" + database), service + " validates as its role");
            assertTrue(environment.contains("QUARKUS_FLYWAY_MIGRATE_AT_START=false"), service + " does not migrate");
            assertFalse(
                    environment.stream().anyMatch(setting -> setting.contains(database + "_owner")),
                    service + " holds no owner's credentials");
            assertTrue(
                    Files.readString(STACK.runDir().resolve("logs").resolve(service + "-service-migration.log"))
                            .contains("Successfully applied"),
                    service + "'s migration ran as its owner");
        }
    }

    /**
     * The tokens are Keycloak's: every demo login (a person by password, a system by client credentials) gets from the
     * stack's realm a token that every service it names verifies through OIDC discovery, and that gives exactly the
     * role's row of docs/security.md, one login per role and organisation type.
     */
    @Test
    @Order(10)
    void aTokenKeycloakIssuesForEachRoleGivesExactlyItsRowOfTheMatrix() throws Exception {
        Set<String> roles = new TreeSet<>();
        KeycloakRoleMatrix.logins(STACK).forEach(login -> roles.add(login.role()));
        assertEquals(
                Set.of(
                        "referral-handler",
                        "team-member",
                        "team-admin",
                        "health-nurse",
                        "doctor",
                        "manager",
                        "analyst",
                        "auditor",
                        "integration-employment"),
                roles,
                "a demo login for every role");
        String issuer = given().get(STACK.keycloakRealmUrl() + "/.well-known/openid-configuration")
                .then()
                .statusCode(200)
                .extract()
                .path("issuer");
        assertEquals(STACK.keycloakRealmUrl(), issuer);
        List<String> wrong = KeycloakRoleMatrix.wrongAnswers(STACK);
        assertTrue(wrong.isEmpty(), "answers to Keycloak's tokens that break the matrix:\n" + String.join("\n", wrong));
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static List<ConsumerRecord<String, String>> readAll(List<String> topics) {
        Properties props = new Properties();
        props.putAll(STACK.kafkaAdminConfig());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "e2e-reader-" + UUID.randomUUID());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                consumer.partitionsFor(topic, Duration.ofSeconds(10))
                        .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            var end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))
                    && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }
}
