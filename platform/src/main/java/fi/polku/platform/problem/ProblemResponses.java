package fi.polku.platform.problem;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;

/**
 * Every error answer is a {@link Problem}, so the OpenAPI documents say so in one place: an operation declares its
 * 4xx and 5xx answers by status and description alone, and this filter gives each the problem+json body.
 */
public class ProblemResponses implements OASFilter {

    static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> {
            Map<?, Operation> operations = item.getOperations();
            if (operations != null) {
                operations.values().forEach(ProblemResponses::describeProblems);
            }
        });
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

    private static boolean isError(String status) {
        return status.length() == 3 && (status.charAt(0) == '4' || status.charAt(0) == '5');
    }

    private static Content problem() {
        MediaType body =
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA));
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, body);
    }
}
