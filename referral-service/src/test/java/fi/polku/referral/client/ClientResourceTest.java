package fi.polku.referral.client;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import fi.polku.platform.testing.PolkuTest;
import fi.polku.platform.testing.Tokens;
import fi.polku.referral.TestApi;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
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

    private static ValidatableResponse registering(String body) {
        return TestApi.post(PROFESSIONAL, body, "/api/v1/clients");
    }

    private static String register(String code) {
        return registering(body(code)).statusCode(201).extract().path("id");
    }

    private static ValidatableResponse change(String id, String body) {
        return TestApi.put(PROFESSIONAL, body, "/api/v1/clients/{id}", id);
    }

    private static ValidatableResponse search(String body) {
        return TestApi.post(PROFESSIONAL, body, "/api/v1/clients/search");
    }

    @Test
    void aRegisteredClientIsStoredWithTheCodeSealedAndFoundByIt() {
        String code = TestClients.freshCode();
        String id = register(code);

        TestApi.get(PROFESSIONAL, "/api/v1/clients/{id}", id)
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

        search("{\"identityCode\": \" " + code.toLowerCase() + " \"}")
                .statusCode(200)
                .body("id", equalTo(id));
    }

    @Test
    void oneIdentityCodeIsOneClient() {
        String code = TestClients.freshCode();
        register(code);
        registering(body(code)).statusCode(409).contentType("application/problem+json");
        assertEquals(1L, count(code));
    }

    @Test
    void anInvalidIdentityCodeIsA400NamingTheRuleAndNothingIsWritten() {
        long before = clientCount();
        registering(body("131052-308U"))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("identityCode"))
                .body("errors[0].message", equalTo("the check character does not match the rest of the code"));
        registering(body("290200X4561"))
                .statusCode(400)
                .body(
                        "errors[0].message",
                        equalTo("the first six characters and the century sign do not make a valid birth date"));
        registering(body(TestClients.freshCode())
                        .replace("\"90100\"", "\"901\"")
                        .replace("matti@example.fi", "not-an-email"))
                .statusCode(400)
                .body("errors.field", hasItem("details.postalCode"))
                .body("errors.field", hasItem("details.email"));
        registering(body(TestClients.freshCode()).replace("\"564\"", "\"099\""))
                .statusCode(400)
                .body("errors[0].field", equalTo("details.municipalityCode"))
                .body("errors[0].message", containsString("official classification"));
        assertEquals(before, clientCount());
    }

    @Test
    void namesAndAddressesAreOneLineWithoutControlCharactersAndUnknownFieldsAreRefused() {
        String id = register(TestClients.freshCode());
        for (String name : List.of("Matti\\u0000", "Matti\\nJohannes", "Matti\\u001b[31m")) {
            change(id, """
                            {"firstNames": "%s", "lastName": "Virtanen", "preferredLanguage": "fi"}""".formatted(name))
                    .statusCode(400)
                    .body("errors[0].field", equalTo("firstNames"))
                    .body("errors[0].message", containsString("control characters"));
        }
        change(id, """
                        {"firstNames": "Matti", "lastName": "Virtanen", "preferredLanguage": "fi", "identityCode": "x"}""")
                .statusCode(400)
                .body("errors[0].field", equalTo("identityCode"))
                .body("errors[0].message", equalTo("is not a known field"));
        change(id, """
                        {"firstNames": "Matti Johannes", "lastName": "Meikäläinen-Öberg", "preferredLanguage": "fi"}""").statusCode(200);
    }

    @Test
    void detailsChangeButTheIdentityCodeDoesNot() {
        String code = TestClients.freshCode();
        String id = register(code);
        change(id, """
                        {"firstNames": "Matti", "lastName": "Virtanen", "municipalityCode": "091",
                         "preferredLanguage": "sv", "securityBan": true}""")
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
        change(id, """
                {"firstNames": "Matti", "lastName": "Virtanen", "municipalityCode": "091", "preferredLanguage": "fi",
                 "securityBan": true}""").statusCode(200).body("securityBan", equalTo(true));

        change(id, """
                {"firstNames": "Matti", "lastName": "Virtanen", "municipalityCode": "091", "preferredLanguage": "fi"}""").statusCode(200).body("securityBan", equalTo(true));
        assertEquals(
                null,
                clients.find(UUID.fromString(id)).disclosableMunicipalityCode(),
                "the municipality still stays in the county");

        change(id, """
                {"firstNames": "Matti", "lastName": "Virtanen", "municipalityCode": "091", "preferredLanguage": "fi",
                 "securityBan": false}""").statusCode(200).body("securityBan", equalTo(false));
    }

    @Test
    void unknownClientsAndCodesAre404AndOtherRolesAre403() {
        TestApi.get(PROFESSIONAL, "/api/v1/clients/{id}", UUID.randomUUID())
                .statusCode(404)
                .contentType("application/problem+json");
        search("{\"identityCode\": \"" + TestClients.freshCode() + "\"}").statusCode(404);
        TestApi.post(Tokens.bearer("markku", "manager"), body(TestClients.freshCode()), "/api/v1/clients")
                .statusCode(403);
    }

    private long clientCount() {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("select count(*) from client")
                                .getSingleResult())
                        .longValue());
    }

    private long count(String code) {
        byte[] lookup = protector.lookupHashes(IdentityCode.parse(code)).getFirst();
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number)
                                em.createNativeQuery("select count(*) from client where identity_code_lookup = ?1")
                                        .setParameter(1, lookup)
                                        .getSingleResult())
                        .longValue());
    }
}
