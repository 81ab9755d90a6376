package fi.polku.platform.http;

import io.quarkus.security.AuthenticationException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;

/**
 * Gives the failures that Vert.x itself raises before a request reaches the REST layer the same problem+json body
 * as every other error, instead of an empty answer: a path that cannot be decoded (a malformed percent-escape:
 * 400), a chunked body that turns out larger than the limit (413). Authentication's own answers (401 with
 * {@code WWW-Authenticate}) are left alone.
 */
@ApplicationScoped
public class RoutingFailures {

    private static final Map<Integer, String> DETAILS = Map.of(
            400, "The request cannot be read: its path or query is not well-formed (a malformed percent-escape?)",
            413, "The request body is larger than any request this service takes",
            414, "The request's URI is longer than any this service takes",
            431, "The request's headers are larger than any this service takes");

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::problem);
        // A failure no route handles (the path could not even be matched) reaches the router's error handlers.
        DETAILS.forEach(
                (status, detail) -> router.errorHandler(status, context -> Problems.end(context, status, detail)));
    }

    private void problem(RoutingContext context) {
        Throwable failure = context.failure();
        String detail = DETAILS.get(context.statusCode());
        if (detail == null
                || failure instanceof AuthenticationException
                || failure instanceof UnauthorizedException
                || failure instanceof ForbiddenException
                || context.response().ended()
                || context.response().headWritten()) {
            context.next();
            return;
        }
        Problems.end(context, context.statusCode(), detail);
    }
}
