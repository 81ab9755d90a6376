package fi.polku.platform.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.polku.platform.app.TestMemberships;
import fi.polku.platform.testing.PolkuTest;
import fi.polku.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What a token must be before anything reads it: ours, for this service, fresh, about someone, from a known organisation. */
@QuarkusTest
@PolkuTest
class TokenTest {

    private static int status(String bearer) {
        return given().header("Authorization", bearer)
                .when()
                .get("/api/client-things/" + UUID.randomUUID())
                .then()
                .extract()
                .statusCode();
    }

    @Test
    void aWellFormedTokenPassesAndItsClaimsReachTheServiceWithTheRegistrysTeams() {
        UUID ouluKeskusta = UUID.randomUUID();
        UUID kempele = UUID.randomUUID();
        TestMemberships.register("p-aino", ouluKeskusta, kempele);
        given().header(
                        "Authorization",
                        Tokens.as("aino")
                                .roles(Role.TEAM_MEMBER)
                                .organisation("KELA")
                                .bearer())
                .when()
                .get("/api/client-things/" + UUID.randomUUID())
                .then()
                .statusCode(200)
                .body("organisation", equalTo("KELA"))
                .body("teams", containsInAnyOrder(ouluKeskusta.toString(), kempele.toString()))
                .body("caller", equalTo("p-aino"));
    }

    @Test
    void theTeamsATokenClaimsAreNotHonoured() {
        TestMemberships.register("p-raahe-claimer");
        given().header(
                        "Authorization",
                        Tokens.as("raahe-claimer")
                                .roles(Role.TEAM_MEMBER)
                                .teams("Raahe", UUID.randomUUID().toString())
                                .bearer())
                .when()
                .get("/api/client-things/" + UUID.randomUUID())
                .then()
                .statusCode(200)
                .body("teams", empty());
    }

    @Test
    void aTokenThatNamesNobodyIsRefused() {
        assertRefused(Tokens.as("aino").roles(Role.TEAM_MEMBER).withoutSubject().bearer());
        assertRefused(Tokens.as("aino").roles(Role.TEAM_MEMBER).subject("").bearer());
        assertRefused(Tokens.as("aino").roles(Role.TEAM_MEMBER).subject("   ").bearer());
        assertRefused(Tokens.as("aino")
                .roles(Role.TEAM_MEMBER)
                .withoutSubject()
                .professionalId(null)
                .bearer());
    }

    @Test
    void aClaimTheAccessLogCouldNotHoldIsRefusedBeforeAnythingRuns() {
        assertRefused(Tokens.as("aino")
                .roles(Role.TEAM_MEMBER)
                .professionalId("p-\u0000aino")
                .bearer());
        assertRefused(
                Tokens.as("aino").roles(Role.TEAM_MEMBER).subject("aino\u0000").bearer());
        assertRefused(
                Tokens.as("aino").roles(Role.TEAM_MEMBER, "team-member\u0000").bearer());
        assertRefused(Tokens.as("aino")
                .roles(Role.TEAM_MEMBER)
                .professionalId("p-aino\nforged line")
                .bearer());
        assertRefused(Tokens.as("aino")
                .roles(Role.TEAM_MEMBER)
                .professionalId("p-" + "x".repeat(300))
                .bearer());
        assertRefused(
                Tokens.as("aino").roles(Role.TEAM_MEMBER).professionalId(42).bearer());
        assertRefused(
                Tokens.as("aino").roles(Role.TEAM_MEMBER).professionalId("").bearer());
    }

    @Test
    void rolesPolkuDoesNotKnowAreDropped() {
        given().header(
                        "Authorization",
                        Tokens.as("aino")
                                .roles(Role.TEAM_MEMBER, "offline_access", "uma_authorization")
                                .bearer())
                .when()
                .get("/api/client-things/" + UUID.randomUUID())
                .then()
                .statusCode(200);
        given().header(
                        "Authorization",
                        Tokens.as("aino").roles("offline_access").bearer())
                .when()
                .get("/api/client-things/" + UUID.randomUUID())
                .then()
                .statusCode(403);
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        assertRefused(Tokens.as("aino")
                .roles(Role.TEAM_MEMBER)
                .audience("some-other-service")
                .bearer());
    }

    @Test
    void aTokenIssuedInTheFutureIsRefused() {
        assertRefused(Tokens.as("aino")
                .roles(Role.TEAM_MEMBER)
                .issuedAt(Instant.now().plus(Duration.ofMinutes(10)))
                .bearer());
    }

    @Test
    void aLongLivedTokenDiesAfterAnHour() {
        assertRefused(Tokens.as("aino")
                .roles(Role.TEAM_MEMBER)
                .issuedAt(Instant.now().minus(Duration.ofMinutes(70)))
                .lifetime(Duration.ofDays(3650))
                .bearer());
    }

    @Test
    void aTokenWithoutAKnownOrganisationIsRefused() {
        assertRefused(
                Tokens.as("aino").roles(Role.TEAM_MEMBER).organisation(null).bearer());
        assertRefused(
                Tokens.as("aino").roles(Role.TEAM_MEMBER).organisation("ACME").bearer());
        assertRefused(
                Tokens.as("aino").roles(Role.TEAM_MEMBER).organisation("county").bearer());
    }

    @Test
    void anOutsideOrganisationHoldsOnlyWhatItMay() {
        // A Kela token claiming the referral handler's role does not get it: the role is dropped, not honoured.
        given().header(
                        "Authorization",
                        Tokens.as("aino")
                                .roles(Role.REFERRAL_HANDLER, Role.AUDITOR)
                                .organisation("KELA")
                                .bearer())
                .when()
                .get("/api/client-things/" + UUID.randomUUID())
                .then()
                .statusCode(403);
        given().header(
                        "Authorization",
                        Tokens.as("aino")
                                .roles(Role.AUDITOR)
                                .organisation("KELA")
                                .bearer())
                .when()
                .get("/api/v1/access-log?actorId=p-aino&from=2026-01-01&to=2026-01-31")
                .then()
                .statusCode(403);
        given().header("Authorization", Tokens.as("aino").roles(Role.AUDITOR).bearer())
                .when()
                .get("/api/v1/access-log?actorId=p-aino&from=2026-01-01&to=2026-01-31")
                .then()
                .statusCode(200);
    }

    private static void assertRefused(String bearer) {
        assertEquals(401, status(bearer));
    }

    @Test
    void organisationsParseStrictly() {
        assertTrue(Organisation.parse("COUNTY").orElseThrow().isCounty());
        assertTrue(Organisation.parse("KELA").orElseThrow().mayHold(Role.TEAM_MEMBER));
        assertFalse(Organisation.parse("KELA").orElseThrow().mayHold(Role.MANAGER));
        assertFalse(Organisation.parse("KELA").orElseThrow().mayHold(Role.INTEGRATION_EMPLOYMENT));
        assertTrue(Organisation.parse("MUNICIPAL_EMPLOYMENT").orElseThrow().mayHold(Role.INTEGRATION_EMPLOYMENT));
        assertTrue(Organisation.parse("kela").isEmpty());
        assertTrue(Organisation.parse(null).isEmpty());
    }
}
