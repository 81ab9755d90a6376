package fi.polku.platform.security;

/** A caller went over an endpoint's {@link RateLimited} limit; the HTTP edge answers 429 with Retry-After. */
public class TooManyRequestsException extends RuntimeException {

    private final long retryAfterSeconds;

    TooManyRequestsException(int perMinute, long retryAfterSeconds) {
        super("At most " + perMinute + " of these calls a minute; try again in " + retryAfterSeconds + " s");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
