package fi.polku.platform.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.polku.events.OrganisationType;
import fi.polku.platform.accesslog.AccessLogged;
import fi.polku.platform.accesslog.ClientLookups;
import fi.polku.platform.accesslog.ClientOf;
import fi.polku.platform.security.Organisation;
import fi.polku.platform.security.Role;
import io.quarkus.arc.Arc;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.ws.rs.PathParam;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * What every Polku service promises, checked the same way for each: a service's test extends this
 * class and is annotated {@link PolkuTest}.
 */
public abstract class ServiceContractTest {

    @Test
    void readinessReallyChecksTheDatabaseAndKafka() {
        Management.request()
                .when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka broker"));
        Management.request().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void operationsEndpointsAnswerOnTheManagementPortOnly() {
        Management.request().when().get("/q/metrics").then().statusCode(200);
        Management.request().when().get("/q/openapi").then().statusCode(200);
        for (String path : List.of("/q/metrics", "/q/openapi", "/q/health/ready", "/q/health/live")) {
            given().when().get(path).then().statusCode(404);
        }
    }

    @Test
    void everyOperationNeedsAToken() {
        assertFalse(apiOperations().isEmpty(), "the service documents no /api operation");
        List<String[]> operations = operations();
        for (String[] operation : operations) {
            String path = operation[1].replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            int status = given().contentType("application/json")
                    .body("{}")
                    .when()
                    .request(operation[0], path)
                    .then()
                    .extract()
                    .statusCode();
            assertTrue(status == 401, operation[0] + " " + operation[1] + " answered " + status + " without a token");
        }
        given().when().get("/api/no-such-path").then().statusCode(401);
    }

    @Test
    void apiAnswersAreNotStoredAndCarrySecurityHeaders() {
        for (String[] operation : apiOperations()) {
            String path = operation[1].replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            given().contentType("application/json")
                    .body("{}")
                    .when()
                    .request(operation[0], path)
                    .then()
                    .header("Cache-Control", "no-store")
                    .header("X-Content-Type-Options", "nosniff")
                    .header("X-Frame-Options", "DENY")
                    .header("Referrer-Policy", "no-referrer")
                    .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        }
        given().when()
                .get("/")
                .then()
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY");
    }

    @Test
    void everyOperationIsDocumentedWithExamples() {
        JsonPath openApi = openApi();
        assertTrue(openApi.prettify().contains("example"), "no examples in the OpenAPI document");
        Set<String> operationIds = new TreeSet<>();
        for (String[] operation : operations()) {
            Map<String, Object> op = openApi.getMap("paths.'" + operation[1] + "'." + operation[0]);
            assertNotNull(op.get("summary"), operation[0] + " " + operation[1] + " has no summary");
            Object body = op.get("requestBody");
            if (body != null) {
                assertTrue(
                        body.toString().contains("example"),
                        operation[0] + " " + operation[1] + " has a request body without an example");
            }
            Object operationId = op.get("operationId");
            assertNotNull(operationId, operation[0] + " " + operation[1] + " has no operationId");
            assertTrue(
                    operationIds.add(operationId.toString()),
                    operation[0] + " " + operation[1] + " has the operationId " + operationId
                            + " of another operation");
            List<Map<String, List<?>>> security =
                    openApi.getList("paths.'" + operation[1] + "'." + operation[0] + ".security");
            if (security != null) {
                security.forEach(requirement -> requirement.forEach((scheme, scopes) -> assertEquals(
                        List.of(), scopes, operation[0] + " " + operation[1] + ": a bearer scheme has no scopes")));
            }
            Map<?, ?> responses = (Map<?, ?>) op.get("responses");
            assertTrue(
                    responses.keySet().stream().anyMatch(code -> code.toString().startsWith("2")),
                    operation[0] + " " + operation[1] + " documents no success response");
            responses.forEach((code, response) -> {
                if (code.toString().matches("[45]\\d\\d")) {
                    assertEquals(
                            "#/components/schemas/Problem",
                            openApi.getString("paths.'" + operation[1] + "'."
                                    + operation[0] + ".responses.'" + code + "'.content.'application/problem+json'"
                                    + ".schema.'$ref'"),
                            operation[0] + " " + operation[1] + " " + code + " is not described as a problem");
                }
            });
        }
        assertEquals(
                List.of("detail", "errors", "instance", "status", "title", "type"),
                new TreeSet<>(openApi.getMap("components.schemas.Problem.properties")
                                .keySet())
                        .stream().toList(),
                "the Problem schema every error answer refers to");
    }

    /**
     * A generated client types what it reads: every JSON success answer of the API names its schema, a page is typed
     * by its items (the untyped {@code Page} schema is never an answer), and the record an answer carries, or a page's
     * item, has an example.
     */
    @Test
    void everySuccessAnswerIsTypedAndHasAnExample() {
        JsonPath openApi = openApi();
        Map<String, Map<String, Object>> schemas = openApi.getMap("components.schemas");
        List<String> wrong = new ArrayList<>();
        for (String[] operation : apiOperations()) {
            Map<String, Map<String, Object>> responses =
                    openApi.getMap("paths.'" + operation[1] + "'." + operation[0] + ".responses");
            responses.forEach((code, response) -> {
                Map<?, ?> content = (Map<?, ?>) response.get("content");
                if (!code.startsWith("2") || content == null || !content.containsKey("application/json")) {
                    return;
                }
                String where = operation[0].toUpperCase() + " " + operation[1] + " " + code;
                Map<?, ?> schema = (Map<?, ?>) ((Map<?, ?>) content.get("application/json")).get("schema");
                String name = componentOf(schema);
                if (name == null) {
                    wrong.add(where + ": no named schema");
                } else if (name.equals("Page")) {
                    wrong.add(where + ": the untyped Page");
                } else {
                    String item = pageItemOf(schemas.get(name));
                    String shown = item == null ? name : item;
                    Map<String, Object> component = schemas.get(shown);
                    if (component != null
                            && !component.containsKey("examples")
                            && !component.containsKey("example")
                            && component.containsKey("properties")) {
                        wrong.add(where + ": " + shown + " has no example");
                    }
                }
            });
        }
        assertEquals(List.of(), wrong, "success answers a generated client cannot type, or without an example");
    }

    private static String componentOf(Map<?, ?> schema) {
        if (schema == null) {
            return null;
        }
        Object ref = schema.get("$ref");
        if (ref == null && schema.get("items") instanceof Map<?, ?> items) {
            ref = items.get("$ref");
        }
        return ref == null ? null : ref.toString().substring(ref.toString().lastIndexOf('/') + 1);
    }

    private static String pageItemOf(Map<String, Object> component) {
        if (component == null || !(component.get("properties") instanceof Map<?, ?> properties)) {
            return null;
        }
        if (properties.keySet().equals(Set.of("items", "total", "page", "size"))
                && properties.get("items") instanceof Map<?, ?> items) {
            return componentOf(items);
        }
        return null;
    }

    /**
     * Every operation, called by every role from every organisation type, answers 403 exactly where docs/security.md
     * says the role may not call it (for an outside organisation: where the role is not ticked, or the operation is
     * the county's own act), and never 5xx. The service's table must list every operation it documents.
     */
    @Test
    void theRoleMatrixIsExactlyWhatDocsSecuritySays() throws IOException {
        String service = ConfigProvider.getConfig().getValue("quarkus.application.name", String.class);
        Map<String, RoleMatrix.Row> matrix = RoleMatrix.read(Path.of("..", "docs", "security.md"), service);
        Set<String> documented = new TreeSet<>();
        operations().forEach(operation -> documented.add(operation[0].toUpperCase() + " " + operation[1]));
        assertEquals(
                documented,
                new TreeSet<>(matrix.keySet()),
                "docs/security.md's table for " + service + " lists other operations than the service has");

        List<String> wrong = new ArrayList<>();
        List<String> organisations = new ArrayList<>(List.of(Organisation.COUNTY));
        Arrays.stream(OrganisationType.values()).forEach(type -> organisations.add(type.name()));
        for (String organisation : organisations) {
            Organisation parsed = Organisation.parse(organisation).orElseThrow();
            for (String role : Role.ALL) {
                String bearer = Tokens.as("matrix")
                        .roles(role)
                        .organisation(organisation)
                        .bearer();
                matrix.forEach((operation, row) -> {
                    String[] parts = operation.split(" ", 2);
                    String path =
                            parts[1].replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
                    var response = given().header("Authorization", bearer)
                            .contentType("application/json")
                            .body("{}")
                            .when()
                            .request(parts[0], path)
                            .then()
                            .extract();
                    int status = response.statusCode();
                    boolean allowed = row.roles().contains(role)
                            && parsed.mayHold(role)
                            && (parsed.isCounty() || row.outsideOrganisations());
                    boolean problem = status < 400
                            || String.valueOf(response.contentType()).startsWith("application/problem+json");
                    if (status >= 500 || allowed == (status == 403) || !problem) {
                        wrong.add(operation + " as " + role + " of " + organisation + ": " + status
                                + (allowed ? " (allowed)" : " (not allowed)"));
                    }
                });
            }
        }
        assertTrue(wrong.isEmpty(), "answers that break the matrix:\n" + String.join("\n", wrong));
    }

    /**
     * Every path parameter of an access-logged endpoint says which client it leads to ({@link ClientOf}), and the
     * service can resolve that kind: a call refused before it ran is still logged under its client.
     */
    @Test
    void everyPathParameterOfALoggedEndpointLeadsToItsClient() {
        ClientLookups lookups = Arc.container().instance(ClientLookups.class).get();
        List<String> wrong = new ArrayList<>();
        for (Bean<?> bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> resource = bean.getBeanClass();
            if (!resource.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
                continue;
            }
            for (Method method : resource.getDeclaredMethods()) {
                if (!method.isAnnotationPresent(AccessLogged.class)
                        && !resource.isAnnotationPresent(AccessLogged.class)) {
                    continue;
                }
                for (Parameter parameter : method.getParameters()) {
                    if (!parameter.isAnnotationPresent(PathParam.class)) {
                        continue;
                    }
                    ClientOf of = parameter.getAnnotation(ClientOf.class);
                    if (of == null || !lookups.knows(of.value())) {
                        wrong.add(resource.getSimpleName() + "#" + method.getName() + " " + parameter.getName()
                                + (of == null ? ": no @ClientOf" : ": no ClientLookup of kind " + of.value()));
                    }
                }
            }
        }
        assertTrue(
                wrong.isEmpty(),
                "path parameters the access log cannot follow to a client:\n" + String.join("\n", wrong));
    }

    /**
     * Every write operation, sent malformed, oversized, duplicated-key, control-character and out-of-range bodies
     * made from its documented example, and every operation, sent such values in each documented query parameter
     * and for each path parameter, by a caller allowed everything, answers with a problem+json 4xx or a success,
     * never 5xx.
     */
    @Test
    void noClientInputIsAServerError() {
        JsonPath openApi = openApi();
        List<String> wrong = new ArrayList<>();
        int sent = 0;
        for (String[] operation : operations()) {
            String path = operation[1].replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            Map<String, RequestSpecification> attempts = new LinkedHashMap<>();
            if (List.of("post", "put", "patch").contains(operation[0])) {
                HostileBodies.from(example(openApi, operation))
                        .forEach(body -> attempts.put(
                                path + " body " + body,
                                given().contentType("application/json").body(body.getBytes(StandardCharsets.UTF_8))));
            }
            for (String parameter : queryParameters(openApi, operation)) {
                HostileBodies.TEXTS.forEach(value ->
                        attempts.put(path + " ?" + parameter + "=" + value, given().queryParam(parameter, value)));
            }
            if (operation[1].contains("{")) {
                HostileBodies.PATH_SEGMENTS.forEach(segment ->
                        attempts.put(operation[1].replaceAll("\\{[^}]+}", segment), given().urlEncodingEnabled(false)));
            }
            for (Map.Entry<String, RequestSpecification> attempt : attempts.entrySet()) {
                String target = attempt.getKey().startsWith(path) ? path : attempt.getKey();
                // A fresh caller each time, so that a rate limit never stands between a body and the endpoint.
                String bearer = Tokens.as("hostile-" + sent)
                        .roles(Role.ALL.toArray(String[]::new))
                        .bearer();
                var response = attempt.getValue()
                        .header("Authorization", bearer)
                        .when()
                        .request(operation[0], target)
                        .then()
                        .extract();
                sent++;
                boolean problem = response.statusCode() < 400
                        || String.valueOf(response.contentType()).startsWith("application/problem+json");
                if (response.statusCode() >= 500 || !problem) {
                    wrong.add(operation[0].toUpperCase() + " " + response.statusCode() + " " + response.contentType()
                            + " for " + abbreviated(attempt.getKey()));
                }
            }
        }
        assertTrue(sent > 0, "nothing was tried");
        assertTrue(
                wrong.isEmpty(),
                wrong.size() + " of " + sent + " hostile requests were not answered with a "
                        + "problem+json 4xx or a success:\n"
                        + String.join("\n", wrong.subList(0, Math.min(40, wrong.size()))));
    }

    private static List<String> queryParameters(JsonPath openApi, String[] operation) {
        List<Map<String, Object>> parameters =
                openApi.getList("paths.'" + operation[1] + "'." + operation[0] + ".parameters");
        return parameters == null
                ? List.of()
                : parameters.stream()
                        .filter(p -> "query".equals(p.get("in")))
                        .map(p -> (String) p.get("name"))
                        .toList();
    }

    private static String example(JsonPath openApi, String[] operation) {
        Map<String, Object> examples = openApi.getMap(
                "paths.'" + operation[1] + "'." + operation[0] + ".requestBody.content.'application/json'.examples");
        if (examples == null || examples.isEmpty()) {
            return null;
        }
        Object value = ((Map<?, ?>) examples.values().iterator().next()).get("value");
        return value instanceof String text
                ? text
                : new ObjectMapper().valueToTree(value).toString();
    }

    private static String abbreviated(String attempt) {
        String oneLine = attempt.replaceAll("\\p{Cntrl}", "?");
        return oneLine.length() <= 200 ? oneLine : oneLine.substring(0, 200) + "…(" + attempt.length() + " chars)";
    }

    private static JsonPath openApi() {
        return Management.request()
                .queryParam("format", "json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /**
     * Every documented operation: the API's, and the pages a service serves to a browser (the indicator dashboard),
     * which take the same tokens and roles and the same hostile input.
     */
    private static List<String[]> operations() {
        Map<String, Map<String, Object>> paths = openApi().getMap("paths");
        List<String[]> operations = new ArrayList<>();
        paths.forEach((path, methods) -> methods.keySet().stream()
                .filter(m -> List.of("get", "post", "put", "patch", "delete").contains(m))
                .forEach(m -> operations.add(new String[] {m, path})));
        return operations;
    }

    /** The operations under /api: answers for programs, which load nothing and carry the API's headers. */
    private static List<String[]> apiOperations() {
        return operations().stream()
                .filter(operation -> operation[1].startsWith("/api/"))
                .toList();
    }
}
