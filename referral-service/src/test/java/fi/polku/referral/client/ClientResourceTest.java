package fi.polku.referral.client;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import fi.polku.platform.testing.PolkuTest;
import fi.polku.platform.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@PolkuTest
class ClientResourceTest {

    private static final String PROFESSIONAL = Tokens.bearer("liisa", "referral-handler", "team-member");

    @Inject
    EntityManager em;

    @Inject
    ClientService clients;

    @Inject
    IdentityCodeProtector protector;

    static String body(String code) {
        return """
                {"identityCode": "%s", "details": {"firstNames": "Matti Johannes", "lastName": "Meikäläinen",
                 "municipalityCode": "564", "preferredLanguage": "fi", "email": "matti@example.fi",
                 "streetAddress": "Isokatu 1", "postalCode": "90100", "postOffice": "Oulu", "securityBan": false}}""".formatted(code);
    }

    private String register(String code) {
        return given().header("Authorization", PROFESSIONAL)
                .contentType(ContentType.JSON)
                .body(body(code))
                .when()
                .post("/api/v1/clients")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void aRegisteredClientIsStoredWithTheCodeSealedAndFoundByIt() {
        String code = TestClients.freshCode();
        String id = register(code);

        given().header("Authorization", PROFESSIONAL)
                .when()
                .get("/api/v1/clients/{id}", id)
                .then()
                .statusCode(200)
                .body("lastName", equalTo("Meikäläinen"))
                .body("birthDate", equalTo(IdentityCode.parse(code).birthDate().toString()))
                .body(not(containsString(code)));

        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[])
                em.createNativeQuery("select identity_code_sealed, identity_code_lookup from client where id = ?1")
                        .setParameter(1, UUID.fromString(id))
                        .getSingleResult());
        assertFalse(new String((byte[]) row[0], StandardCharsets.ISO_8859_1).contains(code.substring(0, 6)));
        assertEquals(IdentityCode.parse(code), clients.identityCode(UUID.fromString(id)));

        given().header("Authorization", PROFESSIONAL)
                .contentType(ContentType.JSON)
                .body("{\"identityCode\": \" " + code.toLowerCase() + " \"}")
                .when()
                .post("/api/v1/clients/search")
                .then()
                .statusCode(200)
                .body("id", equalTo(id));
    }

    @Test
    void oneIdentityCodeIsOneClient() {
        String code = TestClients.freshCode();
        register(code);
        given().header("Authorization", PROFESSIONAL)
                .contentType(ContentType.JSON)
                .body(body(code))
                .when()
                .post("/api/v1/clients")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        assertEquals(1L, count(code));
    }

    @Test
    void anInvalidIdentityCodeIsA400NamingTheRuleAndNothingIsWritten() {
        long before = QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("select count(*) from client")
                                .getSingleResult())
                        .longValue());
        given().header("Authorization", PROFESSIONAL)
                .contentType(ContentType.JSON)
                .body(body("131052-308U"))
                .when()
                .post("/api/v1/clients")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("identityCode"))
                .body("errors[0].message", equalTo("the check character does not match the rest of the code"));
        given().header("Authorization", PROFESSIONAL)
                .contentType(ContentType.JSON)
                .body(body("290200X4561"))
                .when()
                .post("/api/v1/clients")
                .then()
                .statusCode(400)
                .body(
                        "errors[0].message",
                        equalTo("the first six characters and the century sign do not make a valid birth date"));
        given().header("Authorization", PROFESSIONAL)
                .contentType(ContentType.JSON)
                .body(body(TestClients.freshCode())
                        .replace("\"90100\"", "\"901\"")
                        .replace("matti@example.fi", "not-an-email"))
                .when()
                .post("/api/v1/clients")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("details.postalCode"))
                .body("errors.field", hasItem("details.email"));
        given().header("Authorization", PROFESSIONAL)
                .contentType(ContentType.JSON)
                .body(body(TestClients.freshCode()).replace("\"564\"", "\"099\""))
                .when()
                .post("/api/v1/clients")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("details.municipalityCode"))
                .body("errors[0].message", containsString("official classification"));
        assertEquals(before, (long) QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("select count(*) from client")
                                .getSingleResult())
                        .longValue()));
    }

    @Test
    void namesAndAddressesAreOneLineWithoutControlCharactersAndUnknownFieldsAreRefused() {
        String id = register(TestClients.freshCode());
        for (String name : List.of("Matti\\u0000", "Matti\\nJohannes", "Matti\\u001b[31m")) {
            given().header("Authorization", PROFESSIONAL)
                    .contentType(ContentType.JSON)
                    .body("""
                            {"firstNames": "%s", "lastName": "Virtanen", "preferredLanguage": "fi"}""".formatted(name))
                    .when()
                    .put("/api/v1/clients/{id}", id)
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("firstNames"))
                    .body("errors[0].message", containsString("control characters"));
        }
        given().header("Authorization", PROFESSIONAL)
                .contentType(ContentType.JSON)
                .body("""
                        {"firstNames": "Matti", "lastName": "Virtanen", "preferredLanguage": "fi", "identityCode": "x"}""")
                .when()
                .put("/api/v1/clients/{id}", id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("identityCode"))
                .body("errors[0].message", equalTo("is not a known field"));
        given().header("Authorization", PROFESSIONAL)
                .contentType(ContentType.JSON)
                .body("""
                        {"firstNames": "Matti Johannes", "lastName": "Meikäläinen-Öberg", "preferredLanguage": "fi"}""")
                .when()
                .put("/api/v1/clients/{id}", id)
                .then()
                .statusCode(200);
    }

    @Test
    void detailsChangeButTheIdentityCodeDoesNot() {
        String code = TestClients.freshCode();
        String id = register(code);
        given().header("Authorization", PROFESSIONAL)
                .contentType(ContentType.JSON)
                .body("""
                        {"firstNames": "Matti", "lastName": "Virtanen", "municipalityCode": "091",
                         "preferredLanguage": "sv", "securityBan": true}""")
                .when()
                .put("/api/v1/clients/{id}", id)
                .then()
                .statusCode(200)
                .body("lastName", equalTo("Virtanen"))
                .body("preferredLanguage", equalTo("sv"))
                .body("securityBan", equalTo(true))
                .body("streetAddress", equalTo(null));
        assertEquals(IdentityCode.parse(code), clients.identityCode(UUID.fromString(id)));
        assertEquals(
                null,
                clients.find(UUID.fromString(id)).disclosableMunicipalityCode(),
                "a security ban keeps the municipality in the county");
    }

    @Test
    void aChangeThatLeavesTheSecurityBanOutKeepsIt() {
        String id = register(TestClients.freshCode());
        put(id, """
                {"firstNames": "Matti", "lastName": "Virtanen", "municipalityCode": "091", "preferredLanguage": "fi",
                 "securityBan": true}""").body("securityBan", equalTo(true));

        put(id, """
                {"firstNames": "Matti", "lastName": "Virtanen", "municipalityCode": "091", "preferredLanguage": "fi"}""").body("securityBan", equalTo(true));
        assertEquals(
                null,
                clients.find(UUID.fromString(id)).disclosableMunicipalityCode(),
                "the municipality still stays in the county");

        put(id, """
                {"firstNames": "Matti", "lastName": "Virtanen", "municipalityCode": "091", "preferredLanguage": "fi",
                 "securityBan": false}""").body("securityBan", equalTo(false));
    }

    private static io.restassured.response.ValidatableResponse put(String id, String body) {
        return given().header("Authorization", PROFESSIONAL)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .put("/api/v1/clients/{id}", id)
                .then()
                .statusCode(200);
    }

    @Test
    void unknownClientsAndCodesAre404AndOtherRolesAre403() {
        given().header("Authorization", PROFESSIONAL)
                .when()
                .get("/api/v1/clients/{id}", UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().header("Authorization", PROFESSIONAL)
                .contentType(ContentType.JSON)
                .body("{\"identityCode\": \"" + TestClients.freshCode() + "\"}")
                .when()
                .post("/api/v1/clients/search")
                .then()
                .statusCode(404);
        given().header("Authorization", Tokens.bearer("markku", "manager"))
                .contentType(ContentType.JSON)
                .body(body(TestClients.freshCode()))
                .when()
                .post("/api/v1/clients")
                .then()
                .statusCode(403);
    }

    private long count(String code) {
        byte[] lookup = protector.lookupHash(IdentityCode.parse(code));
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number)
                                em.createNativeQuery("select count(*) from client where identity_code_lookup = ?1")
                                        .setParameter(1, lookup)
                                        .getSingleResult())
                        .longValue());
    }
}
