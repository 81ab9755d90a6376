package fi.polku.healthcheck.followup;

import static fi.polku.healthcheck.TestChecks.PROBLEMS;
import static fi.polku.healthcheck.TestChecks.amend;
import static fi.polku.healthcheck.TestChecks.complete;
import static fi.polku.healthcheck.TestChecks.find;
import static fi.polku.healthcheck.TestChecks.followUps;
import static fi.polku.healthcheck.TestChecks.post;
import static fi.polku.healthcheck.TestChecks.problem;
import static fi.polku.healthcheck.TestChecks.read;
import static fi.polku.healthcheck.TestChecks.recordWith;
import static fi.polku.healthcheck.TestChecks.request;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import fi.polku.healthcheck.FixedClock;
import fi.polku.healthcheck.FixedClockProfile;
import fi.polku.healthcheck.TestClients;
import fi.polku.platform.testing.PolkuTest;
import fi.polku.platform.testing.TestOutbox;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A check's follow-ups over REST on the fixed clock: opened by its record, closed once with a result, kept in step with
 * its amendments; each refusal with its problem and nothing changed.
 */
@QuarkusTest
@PolkuTest
@TestProfile(FixedClockProfile.class)
class FollowUpClosureTest {

    private static final Instant NOW = FixedClock.NOW;

    private static final Map<String, String> TWO = ordered(
            "DOCTOR_APPOINTMENT", "Lääkäri Virtanen", "MENTAL_HEALTH_SERVICES", "Psykiatrinen sairaanhoitaja Niemi");

    /** Follow-ups in the order given: code, responsible, code, responsible... */
    private static Map<String, String> ordered(String... codesAndResponsibles) {
        Map<String, String> followUps = new LinkedHashMap<>();
        for (int i = 0; i < codesAndResponsibles.length; i += 2) {
            followUps.put(codesAndResponsibles[i], codesAndResponsibles[i + 1]);
        }
        return followUps;
    }

    @Inject
    EntityManager em;

    private String area;
    private UUID client;
    private String check;

    /** A client of an area of the test's own, with a check recorded at NOW with a doctor's and a mental-health one. */
    @BeforeEach
    void recorded() {
        area = "Alue-" + UUID.randomUUID();
        client = TestClients.referred(em, area, "564", "UNEMPLOYED", "2024-05-01", NOW)[0];
        check = request(client, "");
        complete(check, recordWith(TWO)).statusCode(200);
    }

    @AfterEach
    void clockBack() {
        FixedClock.reset();
    }

    /** The area's follow-ups, open ones only or ({@code "false"}) all. */
    private JsonPath listed(String open) {
        return followUps("area", area, "open", open).statusCode(200).extract().jsonPath();
    }

    private String idOf(String code) {
        return listed("false").getString("items.find { it.followUp == '" + code + "' }.id");
    }

    private static ValidatableResponse close(String followUp, String body) {
        return post("/api/v1/follow-ups/{id}/closure", body, followUp);
    }

    @Test
    void aRecordOpensAFollowUpForEachItNamesWithWhoIsResponsible() {
        JsonPath open = listed("true");

        assertEquals(List.of("DOCTOR_APPOINTMENT", "MENTAL_HEALTH_SERVICES"), open.getList("items.followUp"));
        assertEquals(
                List.of("Lääkäri Virtanen", "Psykiatrinen sairaanhoitaja Niemi"), open.getList("items.responsible"));
        assertEquals(List.of(NOW.toString(), NOW.toString()), open.getList("items.openedAt"));
        assertEquals(List.of(check, check), open.getList("items.healthCheckId"));
        assertEquals(List.of(client.toString(), client.toString()), open.getList("items.clientId"));
        assertEquals(List.of(area, area), open.getList("items.area"));
    }

    @Test
    void aFollowUpIsClosedOnceWithAResult() {
        String doctor = idOf("DOCTOR_APPOINTMENT");
        Instant closedAt = NOW.plus(Duration.ofDays(1));
        FixedClock.set(closedAt);

        close(doctor, "{\"result\": \"DONE\"}")
                .statusCode(200)
                .body("result", equalTo("DONE"))
                .body("closedAt", equalTo(closedAt.toString()));
        FixedClock.set(closedAt.plus(Duration.ofDays(1)));
        close(doctor, "{\"result\": \"CLIENT_DECLINED\"}")
                .statusCode(409)
                .body("type", equalTo(PROBLEMS + "state-conflict"))
                .body("detail", equalTo("The follow-up was closed at " + closedAt + " (DONE)"));

        assertEquals("DONE", listed("false").getString("items.find { it.id == '" + doctor + "' }.result"));
        assertEquals(
                closedAt.toString(), listed("false").getString("items.find { it.id == '" + doctor + "' }.closedAt"));
        List<TestOutbox.Published> closures = TestOutbox.about(em, client).stream()
                .filter(e -> e.type().equals("fi.polku.health-check.follow-up-closed.v1"))
                .toList();
        assertEquals(1, closures.size(), "closed once, published once");
        JsonPath closure = JsonPath.from(closures.getFirst().payload());
        assertEquals("DONE", closure.getString("result"));
        assertEquals(doctor, closure.getString("followUpId"));
        assertEquals(closedAt.toString(), closure.getString("closedAt"));
    }

    @Test
    void aClosureGivesAKnownResult() {
        String doctor = idOf("DOCTOR_APPOINTMENT");
        List<String> before = TestOutbox.typesAbout(em, client);

        for (String body : List.of("{}", "{\"result\": \"MAYBE\"}")) {
            close(doctor, body)
                    .statusCode(400)
                    .body("type", equalTo(PROBLEMS + "validation"))
                    .body("errors.field", equalTo(List.of("result")));
        }

        assertEquals(2, listed("true").getInt("total"), "still open");
        assertEquals(before, TestOutbox.typesAbout(em, client));
    }

    @Test
    void aFollowUpNotKnownHereIsNotFound() {
        close(UUID.randomUUID().toString(), "{\"result\": \"DONE\"}")
                .statusCode(404)
                .body("type", equalTo(PROBLEMS + "not-found"));
    }

    @Test
    void anAmendmentClosesTheFollowUpsItDropsAndKeepsTheHistoryOfThoseItKeeps() {
        String doctor = idOf("DOCTOR_APPOINTMENT");
        String mental = idOf("MENTAL_HEALTH_SERVICES");
        Instant amendedAt = NOW.plus(Duration.ofDays(2));
        FixedClock.set(amendedAt);
        Map<String, String> amended =
                ordered("DOCTOR_APPOINTMENT", "Lääkäri Korhonen", "PHYSIOTHERAPY", "Fysioterapeutti Mäki");

        amend(check, "Lääkäri vaihtui", recordWith(amended)).statusCode(201).body("recordVersion", equalTo(2));

        JsonPath all = listed("false");
        String of = "items.find { it.id == '%s' }.";
        assertEquals("Lääkäri Korhonen", all.getString(of.formatted(doctor) + "responsible"), "takes who is named now");
        assertEquals(NOW.toString(), all.getString(of.formatted(doctor) + "openedAt"), "keeps its history");
        assertNull(all.getString(of.formatted(doctor) + "closedAt"));
        assertEquals("NOT_NEEDED", all.getString(of.formatted(mental) + "result"), "dropped: no longer needed");
        assertEquals(amendedAt.toString(), all.getString(of.formatted(mental) + "closedAt"));
        assertEquals(
                amendedAt.toString(), all.getString("items.find { it.followUp == 'PHYSIOTHERAPY' }.openedAt"), "new");
        assertEquals(3, all.getInt("total"));
        read(check)
                .body("record.followUps.followUp", equalTo(List.of("DOCTOR_APPOINTMENT", "PHYSIOTHERAPY")))
                .body("followUps.size()", equalTo(3));
        assertEquals(
                List.of(
                        "fi.polku.health-check.requested.v1",
                        "fi.polku.health-check.completed.v1",
                        "fi.polku.health-check.follow-up-closed.v1",
                        "fi.polku.health-check.amended.v1"),
                TestOutbox.typesAbout(em, client));
        TestOutbox.Published notNeeded = TestOutbox.about(em, client).get(2);
        assertEquals("NOT_NEEDED", JsonPath.from(notNeeded.payload()).getString("result"));
        assertEquals(
                "MENTAL_HEALTH_SERVICES", JsonPath.from(notNeeded.payload()).getString("followUp"));
    }

    /** Each version of the record shows the follow-ups it named, as it named them; their life is the check's. */
    @Test
    void eachVersionOfTheRecordShowsTheFollowUpsItMade() {
        FixedClock.set(NOW.plus(Duration.ofDays(2)));
        amend(
                        check,
                        "Lääkäri vaihtui",
                        recordWith(ordered(
                                "DOCTOR_APPOINTMENT", "Lääkäri Korhonen", "PHYSIOTHERAPY", "Fysioterapeutti Mäki")))
                .statusCode(201);
        close(idOf("PHYSIOTHERAPY"), "{\"result\": \"DONE\"}").statusCode(200);

        version(1)
                .body("record.followUps.followUp", equalTo(List.of("DOCTOR_APPOINTMENT", "MENTAL_HEALTH_SERVICES")))
                .body(
                        "record.followUps.responsible",
                        equalTo(List.of("Lääkäri Virtanen", "Psykiatrinen sairaanhoitaja Niemi")));
        for (ValidatableResponse latest : List.of(version(2), read(check))) {
            latest.body("recordVersion", equalTo(2))
                    .body("record.followUps.followUp", equalTo(List.of("DOCTOR_APPOINTMENT", "PHYSIOTHERAPY")))
                    .body("record.followUps.responsible", equalTo(List.of("Lääkäri Korhonen", "Fysioterapeutti Mäki")))
                    .body("followUps.find { it.followUp == 'PHYSIOTHERAPY' }.result", equalTo("DONE"));
        }
    }

    private ValidatableResponse version(int version) {
        return find(check, "version", version).statusCode(200).body("recordVersion", equalTo(version));
    }

    @Test
    void aClosedFollowUpIsNeitherReopenedNorOverwrittenByAnAmendment() {
        String doctor = idOf("DOCTOR_APPOINTMENT");
        close(doctor, "{\"result\": \"REFERRED_ELSEWHERE\"}").statusCode(200);
        FixedClock.set(NOW.plus(Duration.ofDays(3)));

        amend(check, "Täydennys", recordWith(TWO)).statusCode(201);

        JsonPath all = listed("false");
        String closed = "items.find { it.id == '" + doctor + "' }.";
        assertEquals("REFERRED_ELSEWHERE", all.getString(closed + "result"));
        assertEquals(NOW.toString(), all.getString(closed + "closedAt"));
        assertEquals(
                List.of(NOW.plus(Duration.ofDays(3)).toString()),
                all.getList("items.findAll { it.followUp == 'DOCTOR_APPOINTMENT' && it.closedAt == null }.openedAt"),
                "the amended record still names it: a new one opens");
        assertEquals(
                NOW.toString(),
                all.getString("items.find { it.followUp == 'MENTAL_HEALTH_SERVICES' }.openedAt"),
                "one still named stays as it was");
        followUps("area", area).body("total", equalTo(2)).body("items.closedAt", equalTo(Arrays.asList(null, null)));
    }

    @Test
    void theListIsOfOpenFollowUpsUnlessAskedAndItsFiltersAreChecked() {
        close(idOf("DOCTOR_APPOINTMENT"), "{\"result\": \"DONE\"}").statusCode(200);

        assertEquals(List.of("MENTAL_HEALTH_SERVICES"), listed("true").getList("items.followUp"));
        assertEquals(
                List.of("MENTAL_HEALTH_SERVICES"),
                followUps("area", area).statusCode(200).extract().jsonPath().getList("items.followUp"),
                "open ones by default");
        assertEquals(2, listed("false").getInt("total"));
        Map<String, String> wrong = ordered("open", "maybe", "area", "x".repeat(101), "responsible", "x".repeat(201));
        Map<String, String> named = new LinkedHashMap<>();
        Map<String, String> expected = new LinkedHashMap<>();
        wrong.forEach((parameter, value) -> {
            var answer = followUps(parameter, value).extract();
            named.put(
                    parameter,
                    answer.statusCode() + " " + answer.jsonPath().getString("type") + " "
                            + answer.jsonPath().getList("errors.field"));
            expected.put(parameter, "400 " + PROBLEMS + "validation [" + parameter + "]");
        });
        assertEquals(expected, named);
        for (String parameter : List.of("area", "responsible")) {
            for (String blank : List.of("", " ")) {
                problem(followUps(parameter, blank), 400, "validation", parameter);
            }
        }
        read(check)
                .body("followUps.find { it.followUp == 'DOCTOR_APPOINTMENT' }.result", equalTo("DONE"))
                .body("followUps.find { it.followUp == 'MENTAL_HEALTH_SERVICES' }.result", nullValue());
    }
}
