package fi.polku.e2e;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.polku.platform.testing.RoleMatrix;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Every demo login of the stack's Keycloak, with the token Keycloak issues it, called on every operation of every
 * service: where its token names the service (aud), the answers are exactly the role's row of docs/security.md (403
 * where it may not, never 401); where it does not, every answer is 401. What the services' contract tests prove with
 * the test issuer's tokens, proven here with the realm production imports.
 */
final class KeycloakRoleMatrix {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A person's login or a system's client, with the one role and the organisation the realm gives it. */
    record Login(String name, String role, String organisation) {}

    private KeycloakRoleMatrix() {}

    /** The demo's logins as the stack's realm file has them. */
    static List<Login> logins(LocalStack stack) throws IOException {
        JsonNode realm = JSON.readTree(
                stack.runDir().resolve("keycloak/polku-realm.json").toFile());
        List<Login> logins = new ArrayList<>();
        for (JsonNode user : realm.path("users")) {
            if (user.path("credentials").size() > 0) {
                logins.add(new Login(
                        user.path("username").asText(),
                        onlyRole(user),
                        user.path("attributes").path("org_type").path(0).asText()));
            }
        }
        for (JsonNode client : realm.path("clients")) {
            if (client.path("serviceAccountsEnabled").asBoolean() && client.has("secret")) {
                String clientId = client.path("clientId").asText();
                JsonNode account = null;
                for (JsonNode user : realm.path("users")) {
                    if (clientId.equals(user.path("serviceAccountClientId").asText())) {
                        account = user;
                    }
                }
                String organisation = null;
                for (JsonNode mapper : client.path("protocolMappers")) {
                    if (mapper.path("config").path("claim.name").asText().equals("org_type")) {
                        organisation = mapper.path("config").path("claim.value").asText();
                    }
                }
                if (account == null || organisation == null) {
                    throw new IllegalStateException(clientId + " has no service account or no org_type");
                }
                logins.add(new Login(clientId, onlyRole(account), organisation));
            }
        }
        return logins;
    }

    /** What breaks the matrix, one line each; empty when every answer is as docs/security.md says. */
    static List<String> wrongAnswers(LocalStack stack) throws IOException {
        Path document = stack.root().resolve("docs/security.md");
        List<String> wrong = new ArrayList<>();
        for (Login login : logins(stack)) {
            String token = stack.token(login.name());
            Set<String> audience = audience(token);
            for (String service : LocalStack.SERVICES) {
                Map<String, RoleMatrix.Row> matrix = RoleMatrix.read(document, service + "-service");
                boolean named = audience.contains(service + "-service");
                matrix.forEach((operation, row) -> {
                    String[] parts = operation.split(" ", 2);
                    String path =
                            parts[1].replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
                    int status = given().header("Authorization", "Bearer " + token)
                            .contentType("application/json")
                            .body("{}")
                            .when()
                            .request(parts[0], stack.url(service) + path)
                            .then()
                            .extract()
                            .statusCode();
                    boolean allowed = row.roles().contains(login.role())
                            && ("COUNTY".equals(login.organisation()) || row.outsideOrganisations());
                    boolean right = named ? status != 401 && status < 500 && allowed == (status != 403) : status == 401;
                    if (!right) {
                        wrong.add(operation + " on " + service + "-service as " + login + ": " + status
                                + (named ? (allowed ? " (allowed)" : " (not allowed)") : " (token not for it)"));
                    }
                });
            }
        }
        return wrong;
    }

    private static String onlyRole(JsonNode user) {
        if (user.path("realmRoles").size() != 1) {
            throw new IllegalStateException(user.path("username") + " should hold exactly one role");
        }
        return user.path("realmRoles").path(0).asText();
    }

    private static Set<String> audience(String token) throws IOException {
        JsonNode claims =
                JSON.readTree(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
        Set<String> audience = new TreeSet<>();
        JsonNode aud = claims.path("aud");
        if (aud.isArray()) {
            aud.forEach(a -> audience.add(a.asText()));
        } else {
            audience.add(aud.asText());
        }
        return audience;
    }
}
