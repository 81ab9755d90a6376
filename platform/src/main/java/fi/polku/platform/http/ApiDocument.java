package fi.polku.platform.http;

import fi.polku.platform.problem.Problem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * What every service's OpenAPI document says the same way, said once:
 * <ul>
 *   <li>every error answer is a {@link Problem}: an operation declares its 4xx and 5xx answers by status and
 *       description alone, and each gets the problem+json body here;
 *   <li>the bearer token is the only security scheme, and an HTTP bearer scheme has no scopes: the roles an
 *       operation allows ({@code @RolesAllowed}, which the OpenAPI extension turns into scopes) are moved into the
 *       operation's description and its {@code x-roles} extension, and its requirement names the scheme alone;
 *   <li>an operation's id is its resource method's name ({@code find}), or, where two resources of the service have
 *       a method of that name, the name and its resource's ({@code findClient}, {@code findPathway}): short and
 *       stable for generated clients. The extension gives {@code <Resource>_<method>} to start from;
 *   <li>every property of a schema that only answers carry is {@code required}: the services write JSON with
 *       Jackson's default inclusion, so each component of a view record is in every answer, {@code null} where it
 *       has no value (and then the component says {@code nullable}). A schema that a request body also uses is left
 *       as it is, since a request may leave its optional fields out.
 * </ul>
 */
public class ApiDocument implements OASFilter {

    static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";
    static final String ROLES_EXTENSION = "x-roles";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        List<Operation> all = new ArrayList<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> {
            Map<?, Operation> operations = item.getOperations();
            if (operations != null) {
                all.addAll(operations.values());
            }
        });
        all.forEach(ApiDocument::describeProblems);
        all.forEach(ApiDocument::documentRoles);
        nameOperations(all);
        requireAnswersProperties(openAPI, all);
    }

    private static void requireAnswersProperties(OpenAPI openAPI, List<Operation> operations) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Set<String> answered = new HashSet<>();
        Set<String> requested = new HashSet<>();
        for (Operation operation : operations) {
            if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                operation.getResponses().getAPIResponses().forEach((status, response) -> {
                    if (status.startsWith("2")) {
                        mediaSchemas(response.getContent()).forEach(schema -> reach(schema, schemas, answered));
                    }
                });
            }
            if (operation.getRequestBody() != null) {
                mediaSchemas(operation.getRequestBody().getContent())
                        .forEach(schema -> reach(schema, schemas, requested));
            }
        }
        answered.removeAll(requested);
        for (String name : answered) {
            Schema schema = schemas.get(name);
            if (schema.getProperties() != null && !schema.getProperties().isEmpty()) {
                schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
            }
        }
    }

    private static List<Schema> mediaSchemas(Content content) {
        if (content == null || content.getMediaTypes() == null) {
            return List.of();
        }
        return content.getMediaTypes().values().stream()
                .map(MediaType::getSchema)
                .filter(Objects::nonNull)
                .toList();
    }

    /** Adds the names of the component schemas {@code schema} refers to, directly or through others. */
    private static void reach(Schema schema, Map<String, Schema> schemas, Set<String> reached) {
        if (schema == null) {
            return;
        }
        if (schema.getRef() != null) {
            String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
            if (schemas.containsKey(name) && reached.add(name)) {
                reach(schemas.get(name), schemas, reached);
            }
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> reach(property, schemas, reached));
        }
        reach(schema.getItems(), schemas, reached);
        if (schema.getAdditionalPropertiesSchema() != null) {
            reach(schema.getAdditionalPropertiesSchema(), schemas, reached);
        }
        for (List<Schema> alternatives : Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (alternatives != null) {
                alternatives.forEach(alternative -> reach(alternative, schemas, reached));
            }
        }
    }

    private static void nameOperations(List<Operation> operations) {
        Map<String, Long> methods = operations.stream()
                .map(Operation::getOperationId)
                .filter(id -> id != null && id.contains("_"))
                .collect(Collectors.groupingBy(id -> id.substring(id.indexOf('_') + 1), Collectors.counting()));
        for (Operation operation : operations) {
            String id = operation.getOperationId();
            if (id == null || !id.contains("_")) {
                continue;
            }
            String method = id.substring(id.indexOf('_') + 1);
            String resource = id.substring(0, id.indexOf('_')).replaceFirst("Resource$", "");
            operation.setOperationId(methods.get(method) == 1 ? method : method + resource);
        }
    }

    private static void describeProblems(Operation operation) {
        if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
            return;
        }
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if (isError(status)
                    && (response.getContent() == null
                            || response.getContent().getMediaTypes() == null
                            || response.getContent().getMediaTypes().isEmpty())) {
                response.setContent(problem());
            }
        });
    }

    private static void documentRoles(Operation operation) {
        if (operation.getSecurity() == null) {
            return;
        }
        TreeSet<String> roles = new TreeSet<>();
        List<SecurityRequirement> requirements = new ArrayList<>();
        for (SecurityRequirement requirement : operation.getSecurity()) {
            SecurityRequirement bare = OASFactory.createSecurityRequirement();
            if (requirement.getSchemes() != null) {
                requirement.getSchemes().forEach((scheme, scopes) -> {
                    if (scopes != null) {
                        roles.addAll(scopes);
                    }
                    bare.addScheme(scheme, List.of());
                });
            }
            requirements.add(bare);
        }
        operation.setSecurity(requirements);
        if (!roles.isEmpty()) {
            operation.addExtension(ROLES_EXTENSION, List.copyOf(roles));
            String said = "Roles: " + String.join(", ", roles) + ".";
            operation.setDescription(
                    operation.getDescription() == null ? said : operation.getDescription() + "\n\n" + said);
        }
    }

    private static boolean isError(String status) {
        return status.length() == 3 && (status.charAt(0) == '4' || status.charAt(0) == '5');
    }

    private static Content problem() {
        MediaType body =
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA));
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, body);
    }
}
