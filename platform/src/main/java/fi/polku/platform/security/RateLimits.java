package fi.polku.platform.security;

import fi.polku.platform.problem.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Enforces {@link RateLimited} with a fixed one-minute window per caller and endpoint. Runs after authentication
 * (the caller is known) and before the endpoint; a refused call still reaches the access log with its 429.
 */
@ApplicationScoped
public class RateLimits {

    private static final long WINDOW_MILLIS = 60_000;
    /** Windows of callers who stopped calling are dropped when the map grows past this. */
    private static final int TIDY_ABOVE = 10_000;

    private record Window(long start, int calls) {
    }

    private final Caller caller;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    RateLimits(Caller caller, Clock clock) {
        this.caller = caller;
        this.clock = clock;
    }

    @ServerRequestFilter
    public Response check(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        RateLimited limit = method == null ? null : method.getAnnotation(RateLimited.class);
        if (limit == null || !caller.isAuthenticated()) {
            return null;
        }
        long now = clock.millis();
        long windowStart = now - now % WINDOW_MILLIS;
        String key = caller.id() + " " + method.getDeclaringClass().getName() + "#" + method.getName();
        Window window = windows.merge(key, new Window(windowStart, 1), (old, one) -> old.start() == windowStart
                ? new Window(windowStart, old.calls() + 1) : one);
        if (windows.size() > TIDY_ABOVE) {
            windows.values().removeIf(w -> w.start() < windowStart);
        }
        if (window.calls() <= limit.perMinute()) {
            return null;
        }
        long retryAfter = Math.max(1, (windowStart + WINDOW_MILLIS - now + 999) / 1000);
        return Response.status(429).type(MediaType.valueOf(Problem.MEDIA_TYPE)).header("Retry-After", retryAfter)
                .entity(new Problem(URI.create("https://polku.fi/problems/too-many-requests"), "Too many requests", 429,
                        "At most " + limit.perMinute() + " of these calls a minute; try again in " + retryAfter + " s",
                        request.getUriInfo().getPath(), List.of()))
                .build();
    }
}
