package fi.polku.platform.accesslog;

/**
 * The access log entry could not be written, so the request's work was rolled back. Not a refusal of the request:
 * the same request will likely pass shortly, and the HTTP edge says so (503 with Retry-After).
 */
public class AccessNotLoggedException extends RuntimeException {

    AccessNotLoggedException(Throwable cause) {
        super("The access could not be logged, so nothing was done or shown; try again shortly", cause);
    }
}
