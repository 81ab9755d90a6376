package fi.polku.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem details body.
 *
 * @param type     identifies the kind of problem
 * @param title    short, human-readable summary of the kind
 * @param status   the HTTP status
 * @param detail   what went wrong in this occurrence
 * @param instance the request path
 * @param errors   for validation failures, one entry per offending field
 */
@Schema(name = "Problem", description = "RFC 9457 problem details")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /**
     * @param field   the JSON path of the offending field, for example {@code source} or {@code plan.goals[0]}
     * @param message the rule it broke
     */
    public record FieldError(String field, String message) {}
}
