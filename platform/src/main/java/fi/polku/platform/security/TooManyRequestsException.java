package fi.polku.platform.security;

import fi.polku.platform.problem.ProblemException;
import java.util.Map;

/** A caller went over an endpoint's {@link RateLimited} limit: 429 with {@code Retry-After}. */
public class TooManyRequestsException extends ProblemException {

    private final long retryAfterSeconds;

    TooManyRequestsException(int perMinute, long retryAfterSeconds) {
        super(429, "too-many-requests", "Too many requests",
                "At most " + perMinute + " of these calls a minute; try again in " + retryAfterSeconds + " s");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    public Map<String, Object> headers() {
        return Map.of("Retry-After", retryAfterSeconds);
    }
}
