package fi.polku.platform.accesslog;

import fi.polku.platform.paging.Page;
import fi.polku.platform.problem.Problem;
import fi.polku.platform.security.Caller;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;
import java.lang.reflect.Method;
import java.net.URI;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Writes the access log entry of every call to an {@link AccessLogged} endpoint before its answer leaves, refused
 * calls included. If the entry cannot be written, the caller gets a 503 instead of the data: nothing is shown
 * unlogged.
 */
public class AccessLogFilter {

    private static final Logger LOG = Logger.getLogger(AccessLogFilter.class);

    private final AccessLogWriter writer;
    private final Caller caller;
    private final AccessLog accessLog;
    private final Map<Method, String> actions = new ConcurrentHashMap<>();

    AccessLogFilter(AccessLogWriter writer, Caller caller, AccessLog accessLog) {
        this.writer = writer;
        this.caller = caller;
        this.accessLog = accessLog;
    }

    @ServerResponseFilter
    public Uni<Void> log(ContainerRequestContext request, ContainerResponseContext response, ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        AccessLogged logged = method == null ? null : annotation(resource);
        if (logged == null || !caller.isAuthenticated()) {
            return Uni.createFrom().voidItem();
        }
        AccessLogWriter.Use use = new AccessLogWriter.Use(caller.id(), String.join(",", new TreeSet<>(caller.roles())),
                caller.organisation().code(), logged.value(),
                actions.computeIfAbsent(method, m -> action(request, resource)),
                request.getUriInfo().getRequestUri().getRawPath(), response.getStatus());
        Set<UUID> clients = clients(request, response);
        if (Context.isOnEventLoopThread()) {
            return Uni.createFrom().voidItem().emitOn(Infrastructure.getDefaultWorkerPool())
                    .invoke(() -> write(use, clients, response));
        }
        write(use, clients, response);
        return Uni.createFrom().voidItem();
    }

    private void write(AccessLogWriter.Use use, Set<UUID> clients, ContainerResponseContext response) {
        try {
            writer.use(use, clients);
        } catch (Exception e) {
            LOG.errorf("Access log entry not written, answered 503 instead of %d: %s", use.status(), e.toString());
            response.setStatus(503);
            response.getHeaders().putSingle("Retry-After", "2");
            response.setEntity(new Problem(URI.create("https://polku.fi/problems/unavailable"), "Service Unavailable",
                    503, "The access could not be logged, so nothing is shown; try again shortly", use.resource(),
                    List.of()), null, MediaType.valueOf(Problem.MEDIA_TYPE));
        }
    }

    private Set<UUID> clients(ContainerRequestContext request, ContainerResponseContext response) {
        Set<UUID> clients = new LinkedHashSet<>();
        String pathClient = request.getUriInfo().getPathParameters().getFirst("clientId");
        if (pathClient != null) {
            try {
                clients.add(UUID.fromString(pathClient));
            } catch (IllegalArgumentException notAUuid) {
                // The request was refused for it; there is no client to name.
            }
        }
        clients.addAll(accessLog.clients());
        if (response.getStatus() < 400) {
            collect(response.getEntity(), clients);
        }
        return clients;
    }

    private static void collect(Object entity, Set<UUID> clients) {
        if (entity instanceof ClientData data) {
            clients.add(data.clientId());
        } else if (entity instanceof Page<?> page) {
            collect(page.items(), clients);
        } else if (entity instanceof Collection<?> items) {
            items.forEach(item -> collect(item, clients));
        }
    }

    private static AccessLogged annotation(ResourceInfo resource) {
        AccessLogged onMethod = resource.getResourceMethod().getAnnotation(AccessLogged.class);
        return onMethod != null ? onMethod : resource.getResourceClass().getAnnotation(AccessLogged.class);
    }

    private static String action(ContainerRequestContext request, ResourceInfo resource) {
        Path type = resource.getResourceClass().getAnnotation(Path.class);
        Path method = resource.getResourceMethod().getAnnotation(Path.class);
        String path = (type == null ? "" : type.value()) + (method == null ? "" : "/" + method.value());
        return request.getMethod() + " " + path.replaceAll("/+", "/");
    }
}
