package fi.polku.platform.problem;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A body declared larger than {@code quarkus.http.limits.max-body-size} is refused before a byte of it is read,
 * with the problem+json body every other error has (Vert.x's own refusal is an empty 413). A chunked body that
 * turns out too large is still cut off by Vert.x itself.
 */
@ApplicationScoped
public class TooLargeBodies {

    private static final String BODY = """
            {"type":"https://polku.fi/problems/too-large","title":"Request body too large","status":413,\
            "detail":"The request body is larger than any request this service takes"}""";

    private final long limit;

    TooLargeBodies(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit) {
        this.limit = limit.asLongValue();
    }

    void install(@Observes Filters filters) {
        filters.register(context -> {
            String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (declared != null && tooLarge(declared)) {
                context.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close").end(BODY);
            } else {
                context.next();
            }
        }, 1000);
    }

    private boolean tooLarge(String declared) {
        try {
            return Long.parseLong(declared.strip()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
