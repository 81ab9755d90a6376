package fi.polku.platform.accesslog;

import fi.polku.platform.security.Caller;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Runs an {@link AccessLogged} endpoint in a transaction of its own and appends its access log entry in that same
 * transaction, so that the work and the record of it commit together or not at all: a write whose entry cannot be
 * written leaves no trace and is answered 503 ({@link AccessNotLoggedException}). The services' use cases join the
 * transaction. A call that fails is rolled back whole and its entry written by {@link AccessLogFilter}, as is a
 * call refused before it ran.
 */
@AccessLogged
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class AccessLogInterceptor {

    @Inject
    Caller caller;

    @Inject
    AccessLog accessLog;

    @Inject
    AccessLogWriter writer;

    @Inject
    ClientLookups lookups;

    @Inject
    TransactionManager transactions;

    @Inject
    EntityManager em;

    @Inject
    HttpServerRequest request;

    @AroundInvoke
    Object logged(InvocationContext invocation) throws Exception {
        if (!caller.isAuthenticated() || transactions.getStatus() != Status.STATUS_NO_TRANSACTION) {
            return invocation.proceed();
        }
        transactions.begin();
        Object result;
        try {
            result = invocation.proceed();
            // The work's own failures (a constraint, a value the database refuses) surface as the work's.
            em.flush();
            record(invocation, result);
        } catch (Throwable failure) {
            try {
                transactions.rollback();
            } catch (Exception notRolledBack) {
                failure.addSuppressed(notRolledBack);
            }
            throw failure;
        }
        try {
            transactions.commit();
        } catch (jakarta.transaction.RollbackException
                | jakarta.transaction.HeuristicMixedException
                | jakarta.transaction.HeuristicRollbackException e) {
            throw new TransactionalException("The request's transaction could not commit", e);
        }
        accessLog.recorded();
        return result;
    }

    private void record(InvocationContext invocation, Object result) {
        Method method = invocation.getMethod();
        Object entity = result instanceof Response response
                ? response.getEntity()
                : result instanceof RestResponse<?> response ? response.getEntity() : result;
        int status = result instanceof Response response
                ? response.getStatus()
                : result instanceof RestResponse<?> response ? response.getStatus() : result == null ? 204 : 200;
        Set<UUID> clients = new LinkedHashSet<>(accessLog.clients());
        ClientLookups.shown(entity, clients);
        if (clients.isEmpty()) {
            List<Parameter> parameters = List.of(method.getParameters());
            Object[] values = invocation.getParameters();
            lookups.behind(method, parameter -> values[parameters.indexOf(parameter)], clients);
        }
        AccessLogWriter.Use use = AccessLogWriter.Use.of(
                caller, purpose(method), action(request.method().name(), method), request.path(), status);
        try {
            writer.useInTransaction(use, clients);
        } catch (RuntimeException e) {
            throw new AccessNotLoggedException(e);
        }
    }

    static Purpose purpose(Method method) {
        AccessLogged onMethod = method.getAnnotation(AccessLogged.class);
        return (onMethod != null ? onMethod : method.getDeclaringClass().getAnnotation(AccessLogged.class)).value();
    }

    /** The endpoint as its template reads: {@code GET /api/v1/pathways/{id}}. */
    static String action(String httpMethod, Method method) {
        Path type = method.getDeclaringClass().getAnnotation(Path.class);
        Path path = method.getAnnotation(Path.class);
        String template = (type == null ? "" : type.value()) + (path == null ? "" : "/" + path.value());
        return httpMethod + " " + template.replaceAll("/+", "/");
    }
}
