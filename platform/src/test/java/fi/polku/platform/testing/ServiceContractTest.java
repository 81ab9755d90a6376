package fi.polku.platform.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.polku.events.OrganisationType;
import fi.polku.platform.security.Organisation;
import fi.polku.platform.security.Role;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.config.ConfigProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every Polku service promises, checked the same way for each: a service's test extends this
 * class and is annotated {@link PolkuTest}.
 */
public abstract class ServiceContractTest {

    @Test
    void readinessReallyChecksTheDatabaseAndKafka() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka broker"));
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void metricsAndTheApiDocumentAreOpen() {
        given().when().get("/q/metrics").then().statusCode(200);
        given().when().get("/q/openapi").then().statusCode(200);
    }

    @Test
    void everyApiOperationNeedsAToken() {
        List<String[]> operations = apiOperations();
        assertFalse(operations.isEmpty(), "the service documents no /api operation");
        for (String[] operation : operations) {
            String path = operation[1].replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            int status = given().contentType("application/json").body("{}")
                    .when().request(operation[0], path).then().extract().statusCode();
            assertTrue(status == 401, operation[0] + " " + operation[1] + " answered " + status + " without a token");
        }
        given().when().get("/api/no-such-path").then().statusCode(401);
    }

    @Test
    void apiAnswersAreNotStoredAndCarrySecurityHeaders() {
        for (String[] operation : apiOperations()) {
            String path = operation[1].replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            given().contentType("application/json").body("{}")
                    .when().request(operation[0], path)
                    .then().header("Cache-Control", "no-store")
                    .header("X-Content-Type-Options", "nosniff")
                    .header("X-Frame-Options", "DENY")
                    .header("Referrer-Policy", "no-referrer")
                    .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        }
        given().when().get("/q/openapi").then().header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void everyApiOperationIsDocumentedWithExamples() {
        JsonPath openApi = openApi();
        assertTrue(openApi.prettify().contains("example"), "no examples in the OpenAPI document");
        for (String[] operation : apiOperations()) {
            Map<String, Object> op = openApi.getMap("paths.'" + operation[1] + "'." + operation[0]);
            assertNotNull(op.get("summary"), operation[0] + " " + operation[1] + " has no summary");
            Object body = op.get("requestBody");
            if (body != null) {
                assertTrue(body.toString().contains("example"), operation[0] + " " + operation[1]
                        + " has a request body without an example");
            }
            Map<?, ?> responses = (Map<?, ?>) op.get("responses");
            assertTrue(responses.keySet().stream().anyMatch(code -> code.toString().startsWith("2")),
                    operation[0] + " " + operation[1] + " documents no success response");
        }
    }

    /**
     * Every operation, called by every role from every organisation type, answers 403 exactly where docs/security.md
     * says the role may not call it, and never 5xx. The service's table must list every operation it documents.
     */
    @Test
    void theRoleMatrixIsExactlyWhatDocsSecuritySays() throws IOException {
        String service = ConfigProvider.getConfig().getValue("quarkus.application.name", String.class);
        Map<String, Set<String>> matrix = RoleMatrix.read(Path.of("..", "docs", "security.md"), service);
        Set<String> documented = new TreeSet<>();
        apiOperations().forEach(operation -> documented.add(operation[0].toUpperCase() + " " + operation[1]));
        assertEquals(documented, new TreeSet<>(matrix.keySet()),
                "docs/security.md's table for " + service + " lists other operations than the service has");

        List<String> wrong = new ArrayList<>();
        List<String> organisations = new ArrayList<>(List.of(Organisation.COUNTY));
        Arrays.stream(OrganisationType.values()).forEach(type -> organisations.add(type.name()));
        for (String organisation : organisations) {
            Organisation parsed = Organisation.parse(organisation).orElseThrow();
            for (String role : Role.ALL) {
                String bearer = Tokens.as("matrix").roles(role).organisation(organisation).teams("Oulu keskusta").bearer();
                matrix.forEach((operation, roles) -> {
                    String[] parts = operation.split(" ", 2);
                    String path = parts[1].replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
                    int status = given().header("Authorization", bearer).contentType("application/json").body("{}")
                            .when().request(parts[0], path).then().extract().statusCode();
                    boolean allowed = roles.contains(role) && parsed.mayHold(role);
                    if (status >= 500 || allowed == (status == 403)) {
                        wrong.add(operation + " as " + role + " of " + organisation + ": " + status
                                + (allowed ? " (allowed)" : " (not allowed)"));
                    }
                });
            }
        }
        assertTrue(wrong.isEmpty(), "answers that break the matrix:\n" + String.join("\n", wrong));
    }

    private static JsonPath openApi() {
        return given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200).extract().jsonPath();
    }

    private static List<String[]> apiOperations() {
        Map<String, Map<String, Object>> paths = openApi().getMap("paths");
        List<String[]> operations = new ArrayList<>();
        paths.forEach((path, methods) -> {
            if (path.startsWith("/api/")) {
                methods.keySet().stream()
                        .filter(m -> List.of("get", "post", "put", "patch", "delete").contains(m))
                        .forEach(m -> operations.add(new String[] {m, path}));
            }
        });
        return operations;
    }
}
