package fi.polku.platform.problem;

import java.net.URI;
import java.util.Map;

/** A failure that domain and service code raise and that reaches the caller as problem+json. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final URI type;
    private final String title;

    protected ProblemException(int status, String slug, String title, String detail) {
        super(detail);
        this.status = status;
        this.type = ProblemMappers.type(slug);
        this.title = title;
    }

    /** 404: the addressed resource does not exist (or the caller may not know that it does). */
    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "not-found", "Not found", detail);
    }

    /** 403: the caller may see the resource but not make this change to it. */
    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Not allowed for this caller", detail);
    }

    /** 409: the request is valid but the resource's current state does not allow it. */
    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "state-conflict", "Conflict with the current state", detail);
    }

    /** 422: the request is well-formed but contradicts an earlier one, such as a reused idempotency key. */
    public static ProblemException unprocessable(String detail) {
        return new ProblemException(422, "unprocessable", "Request contradicts an earlier one", detail);
    }

    /** 415: the body is of a media type the operation does not take. */
    public static ProblemException unsupportedMediaType(String detail) {
        return new ProblemException(415, "unsupported-media-type", "Unsupported media type", detail);
    }

    /** 400 for a rule that Bean Validation cannot express, naming the field. */
    public static ProblemException invalidField(String field, String message) {
        return new InvalidField(field, message);
    }

    /**
     * 422: the request is well-formed but breaks a domain rule. The rule's name ends the problem's type
     * ({@code …/rule/one-coordinator}), so a client can tell the rules apart, and the field is named.
     */
    public static ProblemException ruleBroken(String rule, String field, String message) {
        return new RuleBroken(rule, field, message);
    }

    public int status() {
        return status;
    }

    public URI type() {
        return type;
    }

    public String title() {
        return title;
    }

    /** Headers the answer carries besides the problem, such as {@code Retry-After}; none by default. */
    public Map<String, Object> headers() {
        return Map.of();
    }

    static sealed class InvalidField extends ProblemException permits RuleBroken {

        final Problem.FieldError error;

        InvalidField(String field, String message) {
            this(400, "validation", "Request is not valid", field, message);
        }

        InvalidField(int status, String slug, String title, String field, String message) {
            super(status, slug, title, field + ": " + message);
            this.error = new Problem.FieldError(field, message);
        }
    }

    static final class RuleBroken extends InvalidField {

        RuleBroken(String rule, String field, String message) {
            super(422, "rule/" + rule, "A rule is broken", field, message);
        }
    }
}
