package fi.polku.platform.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import fi.polku.platform.accesslog.AccessNotLoggedException;
import fi.polku.platform.http.RestJson;
import fi.polku.platform.persistence.DataExceptions;
import fi.polku.platform.persistence.TransientFailures;
import fi.polku.platform.rule.Contradiction;
import fi.polku.platform.rule.InvalidField;
import fi.polku.platform.rule.NotAllowed;
import fi.polku.platform.rule.NotFound;
import fi.polku.platform.rule.RuleBroken;
import fi.polku.platform.rule.RuleViolation;
import fi.polku.platform.rule.StateConflict;
import fi.polku.platform.security.TooManyRequestsException;
import io.quarkus.security.ForbiddenException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one mapping from exceptions to problem+json for every service. Bodies never carry class names or
 * stack traces; an unexpected failure is logged with an id that the body repeats.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final String TYPE_BASE = "https://polku.fi/problems/";
    private static final int RETRY_AFTER_SECONDS = 5;
    private static final int ACCESS_LOG_RETRY_AFTER_SECONDS = 2;
    private static final Pattern DUPLICATE_FIELD = Pattern.compile("^Duplicate field '([^']{1,100})'");

    static URI type(String slug) {
        return URI.create(TYPE_BASE + slug);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
        return invalid(
                uri,
                errors.size() == 1
                        ? errors.getFirst().field() + ": " + errors.getFirst().message()
                        : errors.size() + " fields are not valid",
                errors);
    }

    /** A role that may not call the endpoint: a problem body, like every other error, and nothing more said. */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new Problem(
                type("forbidden"),
                "Not allowed for this caller",
                403,
                "The caller's role may not do this",
                path(uri),
                List.of()));
    }

    /** The domain's refusals, each kind with its status, once for every service. */
    @ServerExceptionMapper
    public Response refused(RuleViolation e, UriInfo uri) {
        Problem problem = switch (e) {
            case NotFound n -> problem(404, "not-found", "Not found", e, uri, List.of());
            case NotAllowed n -> problem(403, "forbidden", "Not allowed for this caller", e, uri, List.of());
            case StateConflict c ->
                problem(409, "state-conflict", "Conflict with the current state", e, uri, List.of());
            case Contradiction c ->
                problem(422, "unprocessable", "Request contradicts an earlier one", e, uri, List.of());
            case RuleBroken r -> problem(422, "rule/" + r.rule(), "A rule is broken", e, uri, fieldError(r));
            case InvalidField f -> problem(400, "validation", "Request is not valid", e, uri, fieldError(f));
        };
        return respond(problem);
    }

    /** The access log could not hold the entry, so the request's work was rolled back: try again shortly. */
    @ServerExceptionMapper
    public Response accessNotLogged(AccessNotLoggedException e, UriInfo uri) {
        return Response.fromResponse(respond(new Problem(
                        type("unavailable"), "Service Unavailable", 503, e.getMessage(), path(uri), List.of())))
                .header("Retry-After", ACCESS_LOG_RETRY_AFTER_SECONDS)
                .build();
    }

    @ServerExceptionMapper
    public Response tooManyRequests(TooManyRequestsException e, UriInfo uri) {
        return Response.fromResponse(respond(new Problem(
                        type("too-many-requests"), "Too many requests", 429, e.getMessage(), path(uri), List.of())))
                .header("Retry-After", e.retryAfterSeconds())
                .build();
    }

    private static Problem problem(
            int status, String slug, String title, RuleViolation e, UriInfo uri, List<Problem.FieldError> errors) {
        return new Problem(type(slug), title, status, e.detail(), path(uri), errors);
    }

    private static List<Problem.FieldError> fieldError(InvalidField invalid) {
        return List.of(new Problem.FieldError(invalid.field(), invalid.message()));
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonParseException e, UriInfo uri) {
        Matcher duplicate = DUPLICATE_FIELD.matcher(String.valueOf(e.getOriginalMessage()));
        if (duplicate.find()) {
            return invalid(
                    uri,
                    "A field appears more than once",
                    List.of(new Problem.FieldError(duplicate.group(1), "must appear only once")));
        }
        return invalid(uri, "The body is not well-formed JSON", List.of());
    }

    /** Overrides Quarkus' built-in mapper for this subtype, whose body is not a problem. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return unmappableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response unmappableJson(JsonMappingException e, UriInfo uri) {
        String field = jsonPath(e);
        String message = switch (e) {
            case RestJson.InvalidTextException t -> t.rule();
            case InvalidFormatException f
            when f.getTargetType() != null && f.getTargetType().isEnum() ->
                "must be one of " + List.of(f.getTargetType().getEnumConstants());
            case InvalidFormatException f
            when f.getTargetType() != null -> "must be a valid " + readable(f.getTargetType());
            case UnrecognizedPropertyException u -> "is not a known field";
            default -> "has the wrong type or shape";
        };
        if (field.isEmpty()) {
            return invalid(uri, "The body does not have the expected shape", List.of());
        }
        return invalid(uri, field + ": " + message, List.of(new Problem.FieldError(field, message)));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        // Quarkus REST wraps a body that is not JSON at all; mistyped JSON reaches the mappers above directly.
        if (e.getCause() instanceof JsonParseException parse) {
            return unreadableJson(parse, uri);
        }
        int status = e.getResponse().getStatus();
        if (status == 415) {
            return respond(new Problem(
                    type("unsupported-media-type"),
                    "Unsupported media type",
                    status,
                    e.getMessage(),
                    path(uri),
                    List.of()));
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "HTTP " + status;
        return respond(new Problem(type("http-" + status), title, status, e.getMessage(), path(uri), List.of()));
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, UriInfo uri) {
        if (TransientFailures.isTransient(e)) {
            // The database restarting, a deadlock: the transaction was rolled back; the same request will
            // likely pass.
            LOG.warnf("Transient failure on %s, answered 503: %s", path(uri), e.toString());
            return Response.fromResponse(respond(new Problem(
                            type("unavailable"),
                            "Service temporarily unavailable",
                            503,
                            "The service could not complete the request just now; try again shortly (with the same"
                                    + " Idempotency-Key where the operation takes one).",
                            path(uri),
                            List.of())))
                    .header("Retry-After", RETRY_AFTER_SECONDS)
                    .build();
        }
        Optional<String> unstorable = DataExceptions.unstorableValue(e);
        if (unstorable.isPresent()) {
            // PostgreSQL refused a value (NUL in a text, a date past its range, a number overflowing): nothing was
            // written, and the same request will never pass.
            LOG.infof("Unstorable value on %s, answered 400: %s", path(uri), unstorable.get());
            return respond(new Problem(
                    type("unstorable-value"),
                    "Request is not valid",
                    400,
                    "A value in the request cannot be stored: " + unstorable.get(),
                    path(uri),
                    List.of()));
        }
        UUID incident = UUID.randomUUID();
        LOG.errorf(e, "Unexpected failure %s on %s", incident, path(uri));
        return respond(new Problem(
                type("internal"),
                "Internal error",
                500,
                "The request could not be completed; incident " + incident + " has been logged.",
                path(uri),
                List.of()));
    }

    private static Response invalid(UriInfo uri, String detail, List<Problem.FieldError> errors) {
        return respond(new Problem(type("validation"), "Request is not valid", 400, detail, path(uri), errors));
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem)
                .build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getPath();
    }

    /** The request field a violation is about: the path without the method and parameter names. */
    static String field(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            // Hibernate Validator puts an element's index on the node after the container: agreedServices, then
            // [0].responsibleOrganisation. The index goes with the container in the field name.
            if (node.isInIterable()) {
                field.append('[')
                        .append(node.getIndex() != null ? node.getIndex() : node.getKey())
                        .append(']');
            }
            if (node.getName() == null || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            if (!field.isEmpty()) {
                field.append('.');
            }
            field.append(node.getName());
        }
        if (field.isEmpty()) {
            return parameter == null ? "body" : parameter;
        }
        return field.toString();
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String readable(Class<?> type) {
        return switch (type.getSimpleName()) {
            case "UUID" -> "UUID";
            case "LocalDate" -> "date (YYYY-MM-DD)";
            case "Instant", "OffsetDateTime" -> "date-time (RFC 3339)";
            case "Integer", "int", "Long", "long" -> "integer";
            case "Boolean", "boolean" -> "boolean (true or false)";
            default -> type.getSimpleName();
        };
    }
}
