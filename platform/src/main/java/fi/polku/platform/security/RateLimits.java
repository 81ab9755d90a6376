package fi.polku.platform.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * Enforces {@link RateLimited} with a fixed one-minute window per caller and endpoint, counted in the service's
 * own database so that every instance counts the same calls: n replicas allow what one does. One upsert on a
 * connection of its own, committed at once, before the endpoint's transaction begins (so a call that fails still
 * counts, and a refused one leaves nothing half done). Runs after authentication and the role check: a caller
 * refused for their role is not counted. A refused call reaches the access log with its 429.
 */
@RateLimited
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 50)
public class RateLimits {

    private static final long WINDOW_MILLIS = 60_000;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    DataSource dataSource;

    @AroundInvoke
    Object limit(InvocationContext invocation) throws Exception {
        Method method = invocation.getMethod();
        RateLimited limit = method.getAnnotation(RateLimited.class);
        if (limit == null) {
            limit = method.getDeclaringClass().getAnnotation(RateLimited.class);
        }
        if (limit == null || !caller.isAuthenticated()) {
            return invocation.proceed();
        }
        long now = clock.millis();
        long windowStart = now - now % WINDOW_MILLIS;
        int calls = count(caller.id(), method.getDeclaringClass().getName() + "#" + method.getName(), windowStart);
        if (calls > limit.perMinute()) {
            throw new TooManyRequestsException(
                    limit.perMinute(), Math.max(1, (windowStart + WINDOW_MILLIS - now + 999) / 1000));
        }
        return invocation.proceed();
    }

    private int count(String callerId, String endpoint, long windowStart) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement upsert = connection.prepareStatement("""
                        insert into rate_limit_window (caller, endpoint, window_start, calls) values (?, ?, ?, 1)
                        on conflict (caller, endpoint, window_start)
                        do update set calls = rate_limit_window.calls + 1
                        returning calls""")) {
            upsert.setString(1, callerId);
            upsert.setString(2, endpoint);
            upsert.setTimestamp(3, Timestamp.from(Instant.ofEpochMilli(windowStart)));
            try (ResultSet row = upsert.executeQuery()) {
                row.next();
                int calls = row.getInt(1);
                if (!connection.getAutoCommit()) {
                    connection.commit();
                }
                return calls;
            }
        }
    }
}
