package fi.polku.healthcheck.worklist;

import static fi.polku.healthcheck.TestChecks.book;
import static fi.polku.healthcheck.TestChecks.complete;
import static fi.polku.healthcheck.TestChecks.post;
import static fi.polku.healthcheck.TestChecks.problem;
import static fi.polku.healthcheck.TestChecks.recordWith;
import static fi.polku.healthcheck.TestChecks.request;
import static fi.polku.healthcheck.TestChecks.worklist;
import static fi.polku.healthcheck.TestChecks.worklistPage;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.polku.healthcheck.FixedClock;
import fi.polku.healthcheck.FixedClockProfile;
import fi.polku.healthcheck.TestClients;
import fi.polku.platform.testing.PolkuTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who needs a health check, on the fixed clock: unemployed clients with no check completed in the last twelve months
 * and none requested or booked, the oldest need first. Each test has an area of its own.
 */
@QuarkusTest
@PolkuTest
@TestProfile(FixedClockProfile.class)
class WorklistTest {

    @Inject
    EntityManager em;

    private String area;

    @BeforeEach
    void ownArea() {
        area = "Alue-" + UUID.randomUUID();
    }

    @AfterEach
    void clockBack() {
        FixedClock.reset();
    }

    private UUID[] referred(String status, String since) {
        return TestClients.referred(em, area, "564", status, since, FixedClock.NOW);
    }

    private UUID unemployed(String since) {
        return referred("UNEMPLOYED", since)[0];
    }

    /** The test's area's worklist with the query given ({@code "size", 1}). */
    private ValidatableResponse page(Object... query) {
        return worklistPage(
                Stream.concat(Stream.of("area", area), Arrays.stream(query)).toArray());
    }

    /** Completes a check of the client at {@code at}, then puts the clock back. */
    private static void checkedAt(UUID client, Instant at) {
        FixedClock.set(at);
        String check = request(client, ", \"requestedBy\": \"WORKLIST\"");
        complete(check, recordWith(Map.of())).statusCode(200);
        FixedClock.reset();
    }

    @Test
    void onlyUnemployedClientsAreOnTheWorklist() {
        UUID unemployed = unemployed("2025-01-01");
        referred("EMPLOYED", "2025-01-01");
        referred("STUDENT", "2025-01-01");
        referred("OUTSIDE_LABOUR_FORCE", "2025-01-01");

        assertEquals(List.of(unemployed.toString()), worklist(area));
    }

    @Test
    void theOldestNeedComesFirstAndTheListIsPaged() {
        UUID later = unemployed("2025-06-01");
        UUID client = unemployed("2023-01-15");

        assertEquals(List.of(client.toString(), later.toString()), worklist(area), "the oldest need first");
        page("size", 1, "page", 1)
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.clientId", equalTo(List.of(later.toString())));
    }

    @Test
    void aClientNeverCheckedHasNeededOneSinceBecomingUnemployed() {
        UUID[] referred = referred("UNEMPLOYED", "2023-01-15");

        page().statusCode(200)
                .body("items[0].clientId", equalTo(referred[0].toString()))
                .body("items[0].needSince", equalTo("2023-01-15"))
                .body("items[0].unemployedSince", equalTo("2023-01-15"))
                .body("items[0].lastCheckCompletedAt", nullValue())
                .body("items[0].municipalityCode", equalTo("564"))
                .body("items[0].area", equalTo(area))
                .body("items[0].latestPathwayId", equalTo(referred[1].toString()));
    }

    @Test
    void aRequestedOrBookedCheckKeepsTheClientOff() {
        UUID client = unemployed("2024-05-01");
        UUID other = unemployed("2024-06-01");

        String check = request(client, ", \"requestedBy\": \"WORKLIST\"");
        assertEquals(List.of(other.toString()), worklist(area), "a requested check takes the client off");
        book(check, FixedClock.NOW.plus(Duration.ofDays(3))).statusCode(200);
        assertEquals(List.of(other.toString()), worklist(area), "so does a booked one");
    }

    @Test
    void aCancellationPutsTheClientBackAtOnce() {
        UUID client = unemployed("2024-05-01");
        String check = request(client, "");

        post("/api/v1/health-checks/{id}/cancellation", "{\"reason\": \"CLIENT_CANCELLED\"}", check)
                .statusCode(200);

        assertTrue(worklist(area).contains(client.toString()), "a cancellation puts the client back");
        page().body("items[0].needSince", equalTo("2024-05-01"));
    }

    @Test
    void aNoShowPutsTheClientBackAtOnce() {
        UUID client = unemployed("2024-05-01");
        String check = request(client, "");
        book(check, FixedClock.NOW.plus(Duration.ofMinutes(30))).statusCode(200);
        FixedClock.set(FixedClock.NOW.plus(Duration.ofMinutes(31)));

        post("/api/v1/health-checks/{id}/no-show", "", check).statusCode(200);

        assertTrue(worklist(area).contains(client.toString()), "a no-show puts the client back");
    }

    @Test
    void aCheckCompletedWithinTheIntervalKeepsTheClientOff() {
        UUID today = unemployed("2023-01-15");
        UUID elevenMonthsAgo = unemployed("2023-01-15");
        UUID waiting = unemployed("2024-01-15");

        checkedAt(today, FixedClock.NOW);
        checkedAt(elevenMonthsAgo, Instant.parse("2025-04-16T09:00:00Z"));

        assertEquals(List.of(waiting.toString()), worklist(area), "a completed check keeps the client off for a year");
    }

    @Test
    void aCheckCompletedLongerAgoPutsTheClientBackFromTheDayItRanOut() {
        UUID checked = unemployed("2023-01-15");
        UUID never = unemployed("2024-05-01");
        UUID unemployedSinceItRanOut = unemployed("2026-03-01");
        checkedAt(checked, Instant.parse("2025-02-10T10:00:00Z"));
        checkedAt(unemployedSinceItRanOut, Instant.parse("2025-01-20T10:00:00Z"));

        page().statusCode(200)
                .body("total", equalTo(3))
                .body(
                        "items.clientId",
                        equalTo(List.of(never, checked, unemployedSinceItRanOut).stream()
                                .map(UUID::toString)
                                .toList()))
                .body("items[1].lastCheckCompletedAt", equalTo("2025-02-10T10:00:00Z"))
                .body("items[1].needSince", equalTo("2026-02-10"))
                .body("items[2].lastCheckCompletedAt", equalTo("2025-01-20T10:00:00Z"))
                .body("items[2].needSince", equalTo("2026-03-01"));
    }

    @Test
    void theWorklistIsForAnAreaInAnyCaseAndAMunicipality() {
        UUID oulu = unemployed("2024-05-01");
        UUID helsinki = TestClients.referred(em, area, "091", "UNEMPLOYED", "2024-05-01", FixedClock.NOW)[0];

        worklistPage("area", area.toUpperCase()).statusCode(200).body("total", equalTo(2));
        page("municipalityCode", "091").statusCode(200).body("items.clientId", equalTo(List.of(helsinki.toString())));
        assertFalse(worklist("Toinen-" + area).contains(oulu.toString()));
    }

    @Test
    void aMunicipalityCodeIsThreeDigitsAndAnAreaAName() {
        problem(page("municipalityCode", "56"), 400, "validation", "municipalityCode");
        problem(worklistPage("area", "x".repeat(101)), 400, "validation", "area");
        for (String blank : List.of("", " ")) {
            problem(worklistPage("area", blank), 400, "validation", "area");
        }
        problem(worklistPage("municipalityCode", ""), 400, "validation", "municipalityCode");
    }

    /**
     * A check runs out on its day in Finland the interval later: one completed on 16 March 2025 there, whatever the
     * hour and whatever day it was in UTC, puts the client back on 16 March 2026, today; one completed on the 17th there
     * keeps them off until tomorrow.
     */
    @Test
    void aCheckRunsOutOnItsDayInFinlandTheIntervalLater() {
        UUID justAfterMidnight = unemployed("2023-01-15");
        UUID lateInTheDay = unemployed("2023-01-15");
        UUID theDayAfter = unemployed("2023-01-15");
        checkedAt(justAfterMidnight, Instant.parse("2025-03-15T22:15:00Z"));
        checkedAt(lateInTheDay, Instant.parse("2025-03-16T21:30:00Z"));
        checkedAt(theDayAfter, Instant.parse("2025-03-16T22:10:00Z"));

        page().statusCode(200)
                .body("total", equalTo(2))
                .body("items.clientId", containsInAnyOrder(justAfterMidnight.toString(), lateInTheDay.toString()))
                .body("items.needSince", equalTo(List.of("2026-03-16", "2026-03-16")));
    }
}
