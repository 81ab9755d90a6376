package fi.polku.platform.http;

import fi.polku.platform.problem.Problem;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** Answers a request that never reached the REST layer with the problem+json body the REST layer would give. */
final class Problems {

    private Problems() {}

    /** Ends the exchange with a problem of {@code status}; the connection closes, as the body was not read. */
    static void end(RoutingContext context, int status, String detail) {
        HttpServerResponse response = context.response();
        if (response.ended() || response.headWritten()) {
            return;
        }
        String title =
                io.netty.handler.codec.http.HttpResponseStatus.valueOf(status).reasonPhrase();
        JsonObject problem = new JsonObject()
                .put("type", "https://polku.fi/problems/http-" + status)
                .put("title", title)
                .put("status", status)
                .put("detail", detail);
        response.setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader("X-Content-Type-Options", "nosniff")
                .putHeader("Cache-Control", "no-store")
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(problem.encode());
    }
}
