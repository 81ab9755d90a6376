package fi.polku.platform.accesslog;

import fi.polku.platform.problem.ProblemException;
import java.util.Map;

/** The access log entry could not be written, so the request's work was rolled back: 503 with Retry-After. */
public class AccessNotLoggedException extends ProblemException {

    AccessNotLoggedException(Throwable cause) {
        super(503, "unavailable", "Service Unavailable",
                "The access could not be logged, so nothing was done or shown; try again shortly");
        initCause(cause);
    }

    @Override
    public Map<String, Object> headers() {
        return Map.of("Retry-After", 2);
    }
}
