package fi.polku.platform.accesslog;

import fi.polku.platform.problem.Problem;
import fi.polku.platform.security.Caller;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import java.lang.reflect.Method;
import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Writes the access log entry of every call to an {@link AccessLogged} endpoint that {@link AccessLogInterceptor}
 * did not record with the call's own work: a call refused before it ran (its role, its organisation, its rate limit,
 * its input) or one that failed and was rolled back. The entry names the clients the service named and those behind
 * the path's {@link ClientOf} parameters. If it cannot be written, the caller gets a 503: no attempt goes
 * unlogged.
 */
public class AccessLogFilter {

    private static final Logger LOG = Logger.getLogger(AccessLogFilter.class);

    @Inject
    AccessLogWriter writer;

    @Inject
    Caller caller;

    @Inject
    AccessLog accessLog;

    @Inject
    ClientLookups lookups;

    private final Map<Method, String> actions = new ConcurrentHashMap<>();

    @ServerResponseFilter
    public Uni<Void> log(ContainerRequestContext request, ContainerResponseContext response, ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null || !caller.isAuthenticated() || accessLog.isRecorded() || !logged(method)) {
            return Uni.createFrom().voidItem();
        }
        AccessLogWriter.Use use = AccessLogWriter.Use.of(
                caller,
                AccessLogInterceptor.purpose(method),
                actions.computeIfAbsent(method, m -> AccessLogInterceptor.action(request.getMethod(), m)),
                request.getUriInfo().getRequestUri().getRawPath(),
                response.getStatus());
        Set<UUID> clients = new LinkedHashSet<>(accessLog.clients());
        if (response.getStatus() < 400) {
            ClientLookups.shown(response.getEntity(), clients);
        }
        Map<String, String> path = pathParameters(request.getUriInfo().getPathParameters());
        if (Context.isOnEventLoopThread()) {
            return Uni.createFrom()
                    .voidItem()
                    .emitOn(Infrastructure.getDefaultWorkerPool())
                    .invoke(() -> write(use, clients, method, path, response));
        }
        write(use, clients, method, path, response);
        return Uni.createFrom().voidItem();
    }

    private void write(
            AccessLogWriter.Use use,
            Set<UUID> clients,
            Method method,
            Map<String, String> path,
            ContainerResponseContext response) {
        try {
            if (clients.isEmpty()) {
                QuarkusTransaction.requiringNew()
                        .run(() ->
                                lookups.behind(method, parameter -> ClientLookups.pathText(parameter, path), clients));
            }
            writer.use(use, clients);
        } catch (Exception e) {
            LOG.errorf("Access log entry not written, answered 503 instead of %d: %s", use.status(), e.toString());
            response.setStatus(503);
            response.getHeaders().putSingle("Retry-After", "2");
            response.setEntity(
                    new Problem(
                            URI.create("https://polku.fi/problems/unavailable"),
                            "Service Unavailable",
                            503,
                            "The access could not be logged, so nothing is shown; try again shortly",
                            use.resource(),
                            List.of()),
                    null,
                    MediaType.valueOf(Problem.MEDIA_TYPE));
        }
    }

    private static boolean logged(Method method) {
        return method.isAnnotationPresent(AccessLogged.class)
                || method.getDeclaringClass().isAnnotationPresent(AccessLogged.class);
    }

    private static Map<String, String> pathParameters(MultivaluedMap<String, String> parameters) {
        Map<String, String> path = new HashMap<>();
        parameters.forEach((name, values) -> {
            if (!values.isEmpty()) {
                path.put(name, values.getFirst());
            }
        });
        return path;
    }
}
