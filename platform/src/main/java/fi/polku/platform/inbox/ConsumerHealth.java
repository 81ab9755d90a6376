package fi.polku.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of the consumers: DOWN while any channel keeps failing on a record it must not skip (the
 * database is away, say), so an orchestrator sees that this instance's read models are not moving.
 */
@Readiness
@ApplicationScoped
public class ConsumerHealth implements HealthCheck {

    static final String NAME = "Event consumers";

    @Inject
    Clock clock;

    private final Map<String, Stuck> stuck = new ConcurrentHashMap<>();

    void failed(String channel, int tries, Throwable error) {
        stuck.compute(
                channel,
                (c, earlier) ->
                        new Stuck(earlier == null ? clock.instant() : earlier.since(), tries, String.valueOf(error)));
    }

    void progressed(String channel) {
        stuck.remove(channel);
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).status(stuck.isEmpty());
        stuck.forEach((channel, s) ->
                response.withData(channel, "retrying since " + s.since() + " (" + s.tries() + " tries): " + s.error()));
        return response.build();
    }

    private record Stuck(Instant since, int tries, String error) {}
}
