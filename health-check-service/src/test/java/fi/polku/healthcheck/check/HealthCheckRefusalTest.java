package fi.polku.healthcheck.check;

import static fi.polku.healthcheck.TestChecks.PROBLEMS;
import static fi.polku.healthcheck.TestChecks.amend;
import static fi.polku.healthcheck.TestChecks.book;
import static fi.polku.healthcheck.TestChecks.checks;
import static fi.polku.healthcheck.TestChecks.complete;
import static fi.polku.healthcheck.TestChecks.find;
import static fi.polku.healthcheck.TestChecks.post;
import static fi.polku.healthcheck.TestChecks.problem;
import static fi.polku.healthcheck.TestChecks.read;
import static fi.polku.healthcheck.TestChecks.request;
import static fi.polku.healthcheck.TestClients.referred;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.polku.healthcheck.FixedClock;
import fi.polku.healthcheck.FixedClockProfile;
import fi.polku.healthcheck.TestChecks;
import fi.polku.healthcheck.TestClients;
import fi.polku.platform.testing.PolkuTest;
import fi.polku.platform.testing.TestOutbox;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every rule a request about a check can break, one test each, on the fixed clock: the status, the problem's type and
 * the field it names, and that nothing was written — the check reads as before and nothing more was published.
 */
@QuarkusTest
@PolkuTest
@TestProfile(FixedClockProfile.class)
class HealthCheckRefusalTest {

    private static final Instant NOW = FixedClock.NOW;

    @Inject
    EntityManager em;

    @AfterEach
    void clockBack() {
        FixedClock.reset();
    }

    private UUID[] referredIn(String area) {
        return TestClients.referred(em, area, "564", "UNEMPLOYED", "2024-05-01", NOW);
    }

    /** A conflict with the check's state, which names no field. */
    static ValidatableResponse conflict(ValidatableResponse answer) {
        return answer.statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "state-conflict"))
                .body("errors", nullValue());
    }

    /** Makes the refused change; the check reads as before it and the client's events are those before it. */
    private ValidatableResponse unchangedBy(String check, UUID client, Supplier<ValidatableResponse> change) {
        String before = read(check).extract().asString();
        List<TestOutbox.Published> published = TestOutbox.about(em, client);
        ValidatableResponse answer = change.get();
        assertEquals(before, read(check).extract().asString(), "the check is as it was");
        assertEquals(published, TestOutbox.about(em, client), "nothing more was published");
        return answer;
    }

    private static int checksOf(UUID client) {
        return TestChecks.checksOf(client).extract().path("total");
    }

    private static ValidatableResponse cancel(String check) {
        return post("/api/v1/health-checks/{id}/cancellation", "{\"reason\": \"CLIENT_CANCELLED\"}", check);
    }

    private static ValidatableResponse noShow(String check) {
        return post("/api/v1/health-checks/{id}/no-show", "", check);
    }

    private static ValidatableResponse record(String check) {
        return complete(check, TestRecords.valid());
    }

    /** One check of a fresh client in each state a check ends in: cancelled, no-show, completed. */
    private List<String[]> ended() {
        UUID a = referred(em)[0];
        String cancelled = request(a, "");
        cancel(cancelled).statusCode(200);
        UUID b = referred(em)[0];
        String noShow = request(b, "");
        book(noShow, NOW).statusCode(200);
        noShow(noShow).statusCode(200);
        UUID c = referred(em)[0];
        String completed = request(c, "");
        record(completed).statusCode(200);
        return List.of(new String[] {cancelled, a.toString()}, new String[] {noShow, b.toString()}, new String[] {
            completed, c.toString()
        });
    }

    @Test
    void aCheckIsForAClientHealthCheckServiceKnows() {
        UUID stranger = UUID.randomUUID();

        problem(
                        post("/api/v1/health-checks", "{\"clientId\": \"" + stranger + "\"}"),
                        422,
                        "rule/known-client",
                        "clientId")
                .body("detail", endsWith("it learns clients from their referrals"));

        assertEquals(0, checksOf(stranger));
        assertEquals(List.of(), TestOutbox.about(em, stranger));
    }

    @Test
    void aCheckOnAPathwayIsOnOneOfTheClientsOwn() {
        String area = "Alue-" + UUID.randomUUID();
        UUID[] known = referredIn(area);
        UUID[] other = referredIn(area);

        problem(
                post(
                        "/api/v1/health-checks",
                        "{\"clientId\": \"" + known[0] + "\", \"pathwayId\": \"" + other[1] + "\"}"),
                422,
                "rule/client-pathway",
                "pathwayId");
        problem(
                post(
                        "/api/v1/health-checks",
                        "{\"clientId\": \"" + known[0] + "\", \"pathwayId\": \"" + UUID.randomUUID() + "\"}"),
                422,
                "rule/client-pathway",
                "pathwayId");

        assertEquals(0, checksOf(known[0]));
        assertEquals(List.of(), TestOutbox.about(em, known[0]));
        assertTrue(TestChecks.worklist(area).contains(known[0].toString()), "still waiting for a check");
    }

    @Test
    void employmentSystemsAskForChecksThroughTheirTopicNotTheApi() {
        UUID client = referred(em)[0];

        for (String requester : List.of("EMPLOYMENT_SERVICES", "MUNICIPAL_EMPLOYMENT", "DOCTOR")) {
            problem(
                    post(
                            "/api/v1/health-checks",
                            "{\"clientId\": \"" + client + "\", \"requestedBy\": \"" + requester + "\"}"),
                    400,
                    "validation",
                    "requestedBy");
        }

        assertEquals(0, checksOf(client));
        assertEquals(List.of(), TestOutbox.about(em, client));
    }

    @Test
    void aClientHasAtMostOneCheckRequestedOrBooked() {
        UUID client = referred(em)[0];
        String first = request(client, "");

        conflict(unchangedBy(first, client, () -> post("/api/v1/health-checks", "{\"clientId\": \"" + client + "\"}")))
                .body("detail", equalTo("The client already has a health check requested or booked"));
        book(first, NOW.plus(Duration.ofDays(1))).statusCode(200);
        conflict(unchangedBy(
                first,
                client,
                () -> post(
                        "/api/v1/health-checks", "{\"clientId\": \"" + client + "\", \"requestedBy\": \"WORKLIST\"}")));

        assertEquals(1, checksOf(client));
    }

    @Test
    void anAppointmentMustNotHavePassed() {
        UUID client = referred(em)[0];
        String check = request(client, "");

        problem(unchangedBy(check, client, () -> book(check, NOW.minusSeconds(1))), 400, "validation", "appointmentAt")
                .body("errors[0].message", equalTo("must not be in the past"));

        book(check, NOW).statusCode(200).body("booking.appointmentAt", equalTo(NOW.toString()));
    }

    @Test
    void onlyARequestedOrBookedCheckIsBooked() {
        for (String[] ended : ended()) {
            conflict(unchangedBy(
                            ended[0], UUID.fromString(ended[1]), () -> book(ended[0], NOW.plus(Duration.ofDays(7)))))
                    .body("detail", endsWith("only a requested or booked check can be booked"));
        }
    }

    @Test
    void onlyARequestedOrBookedCheckIsCancelled() {
        for (String[] ended : ended()) {
            conflict(unchangedBy(ended[0], UUID.fromString(ended[1]), () -> cancel(ended[0])))
                    .body("detail", endsWith("only a requested or booked check can be cancelled"));
        }
    }

    @Test
    void aCancellationGivesAKnownReason() {
        UUID client = referred(em)[0];
        String check = request(client, "");

        problem(
                unchangedBy(check, client, () -> post("/api/v1/health-checks/{id}/cancellation", "{}", check)),
                400,
                "validation",
                "reason");
        problem(
                unchangedBy(
                        check,
                        client,
                        () -> post("/api/v1/health-checks/{id}/cancellation", "{\"reason\": \"BORED\"}", check)),
                400,
                "validation",
                "reason");
    }

    @Test
    void onlyABookedCheckIsANoShow() {
        UUID client = referred(em)[0];
        String requested = request(client, "");

        conflict(unchangedBy(requested, client, () -> noShow(requested)))
                .body("detail", equalTo("The health check is REQUESTED: only a booked check can be a no-show"));
        for (String[] ended : ended()) {
            conflict(unchangedBy(ended[0], UUID.fromString(ended[1]), () -> noShow(ended[0])));
        }
    }

    @Test
    void aNoShowWaitsForTheAppointment() {
        UUID client = referred(em)[0];
        String check = request(client, "");
        Instant appointment = NOW.plus(Duration.ofHours(1));
        book(check, appointment).statusCode(200);

        FixedClock.set(appointment.minusSeconds(1));
        conflict(unchangedBy(check, client, () -> noShow(check)))
                .body("detail", equalTo("The appointment at " + appointment + " has not come yet"));

        FixedClock.set(appointment);
        noShow(check).statusCode(200).body("status", equalTo("NO_SHOW"));
    }

    @Test
    void aCheckIsRecordedOnceAndNeverAfterItEnded() {
        for (String[] ended : ended()) {
            conflict(unchangedBy(ended[0], UUID.fromString(ended[1]), () -> record(ended[0])));
        }
        UUID client = referred(em)[0];
        String check = request(client, "");
        record(check).statusCode(200);

        conflict(unchangedBy(check, client, () -> record(check)))
                .body("detail", endsWith("correct a completed one with an amendment"));
        read(check).body("versions.size()", equalTo(1));
    }

    /** On the fixed clock it is 00:30 on 16 March in Finland, still the 15th in UTC. */
    @Test
    void aBookedCheckIsRecordedOnItsAppointmentsDayOrLater() {
        UUID client = referred(em)[0];
        String check = request(client, "");
        book(check, Instant.parse("2026-03-16T22:00:00Z")).statusCode(200);

        conflict(unchangedBy(check, client, () -> record(check)))
                .body(
                        "detail",
                        equalTo("The appointment is on 2026-03-17: a booked check is recorded on that day or later"));

        book(check, Instant.parse("2026-03-16T21:59:00Z")).statusCode(200);
        record(check).statusCode(200).body("status", equalTo("COMPLETED"));
    }

    @Test
    void onlyACompletedChecksRecordIsAmended() {
        UUID client = referred(em)[0];
        String check = request(client, "");

        conflict(unchangedBy(check, client, () -> amend(check, "Korjaus", TestRecords.valid())))
                .body("detail", equalTo("The health check is REQUESTED: only a completed check's record is amended"));
        read(check).body("versions.size()", equalTo(0)).body("followUps.size()", equalTo(0));
    }

    @Test
    void anAmendmentSaysWhyAndGivesTheWholeRecord() {
        UUID client = referred(em)[0];
        String check = request(client, "");
        record(check).statusCode(200);

        problem(unchangedBy(check, client, () -> amend(check, " ", TestRecords.valid())), 400, "validation", "reason");
        problem(
                unchangedBy(
                        check,
                        client,
                        () -> post("/api/v1/health-checks/{id}/amendments", "{\"reason\": \"Korjaus\"}", check)),
                400,
                "validation",
                "record");
        read(check).body("versions.size()", equalTo(1));
    }

    @Test
    void anAmendedRecordIsCheckedAsTheFirstIs() {
        UUID client = referred(em)[0];
        String check = request(client, "");
        record(check).statusCode(200);

        problem(
                unchangedBy(
                        check,
                        client,
                        () -> amend(
                                check,
                                "Korjaus",
                                TestRecords.valid().replace("\"workAbilityScore\": 6", "\"workAbilityScore\": 11"))),
                400,
                "validation",
                "record.workAbilityScore");
        // Each of the record's own rules (RecordRules) too, naming the field where the amendment's body has it.
        Map<String, String[]> broken = new LinkedHashMap<>();
        broken.put("record.visit.serviceType", new String[] {"\"T29\"", "\"X29\""});
        broken.put("record.visit.contactType", new String[] {"\"R10\"", "\"R99\""});
        broken.put("record.visit.spatCode", new String[] {"\"SPAT1308\"", "\"SPAT13\""});
        broken.put("record.visit.reasonCode", new String[] {"\"A98\"", "\"C98\""});
        broken.put(
                "record.screening.bloodPressure.diastolic", new String[] {"\"diastolic\": 86", "\"diastolic\": 138"});
        broken.put("record.screening.bmi", new String[] {"\"bmi\": 29.1", "\"bmi\": 25.55"});
        broken.put(
                "record.followUps[1].followUp", new String[] {"\"MENTAL_HEALTH_SERVICES\"", "\"DOCTOR_APPOINTMENT\""});

        broken.forEach((field, change) -> problem(
                unchangedBy(
                        check,
                        client,
                        () -> amend(check, "Korjaus", TestRecords.valid().replace(change[0], change[1]))),
                400,
                "validation",
                field));
        read(check).body("versions.size()", equalTo(1));
    }

    @Test
    void aRecordVersionIsCountedFromOneAndMustExist() {
        UUID client = referred(em)[0];
        String unrecorded = request(client, "");
        problem(find(unrecorded, "version", 1), 404, "not-found", null);
        record(unrecorded).statusCode(200);

        problem(find(unrecorded, "version", 0), 400, "validation", "version");
        find(unrecorded, "version", 2)
                .statusCode(404)
                .body("type", equalTo(PROBLEMS + "not-found"))
                .body("detail", endsWith("has no record version 2"));
        find(unrecorded, "version", 1).statusCode(200).body("recordVersion", equalTo(1));
    }

    @Test
    void aCheckNotKnownHereIsNotFound() {
        String unknown = UUID.randomUUID().toString();

        for (ValidatableResponse answer : List.of(
                find(unknown),
                book(unknown, NOW.plus(Duration.ofDays(1))),
                cancel(unknown),
                noShow(unknown),
                record(unknown),
                amend(unknown, "Korjaus", TestRecords.valid()))) {
            answer.statusCode(404).body("type", equalTo(PROBLEMS + "not-found"));
        }
    }

    @Test
    void aClientsChecksAreReadByTheClient() {
        problem(checks(), 400, "validation", "clientId");
        problem(checks("clientId", "someone"), 400, "validation", "clientId");
    }
}
