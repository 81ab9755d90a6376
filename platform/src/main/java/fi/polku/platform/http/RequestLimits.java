package fi.polku.platform.http;

import fi.polku.platform.PlatformConfig;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The request's own limits, checked before anything else looks at the request and answered with the problem+json
 * body every other error has: a request line longer than {@code polku.http.max-uri-length} (414), a URI that does not
 * parse (400), headers together larger than {@code polku.http.max-header-size} (431), a body declared larger than
 * {@code quarkus.http.limits.max-body-size} (413, before a byte of it is read) or a chunked one that turns out so
 * (413). The HTTP codec's own limits
 * ({@code quarkus.http.limits.max-initial-line-length}, {@code max-header-size}) are set well above these, so that a
 * request it would refuse with an empty answer reaches this check instead; only one beyond the codec's limits (64
 * KiB) is still cut off by the codec itself.
 */
@ApplicationScoped
public class RequestLimits {

    private final long maxBody;
    private final int maxUri;
    private final long maxHeaders;
    private final BodyHandler chunkedBodies;

    RequestLimits(
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBody, PlatformConfig config) {
        this.maxBody = maxBody.asLongValue();
        this.maxUri = (int) config.http().maxUriLength().asLongValue();
        this.maxHeaders = config.http().maxHeaderSize().asLongValue();
        this.chunkedBodies = BodyHandler.create(false).setBodyLimit(this.maxBody);
    }

    void install(@Observes Filters filters) {
        // Before every other filter: nothing should look at a request that is too large or not well-formed.
        filters.register(this::check, 10_000);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.uri().length() > maxUri) {
            Problems.end(
                    context,
                    414,
                    "The request's URI is longer than any this service takes (" + maxUri + " characters)");
        } else if (!wellFormed(request.uri())) {
            Problems.end(
                    context,
                    400,
                    "The request's path or query is not a well-formed URI (RFC 3986): a "
                            + "malformed percent-escape or a character that must be escaped");
        } else if (headerBytes(request) > maxHeaders) {
            Problems.end(context, 431, "The request's headers are larger than any this service takes");
        } else if (declaredTooLarge(request.getHeader(HttpHeaders.CONTENT_LENGTH))) {
            Problems.end(context, 413, "The request body is larger than any request this service takes");
        } else if (request.headers().contains(HttpHeaders.TRANSFER_ENCODING)) {
            // A body of unknown length is read here, up to the limit: one that turns out larger fails the routing
            // context with 413, which RoutingFailures answers as a problem. The REST layer reads the buffered body.
            chunkedBodies.handle(context);
        } else {
            context.next();
        }
    }

    /**
     * Whether the URI parses. Quarkus' own check of the same kind answers an empty 400 before any handler runs, so
     * the services start with {@code -Dvertx.disableURIValidation=true} and this check answers instead.
     */
    private static boolean wellFormed(String uri) {
        try {
            new URI(uri);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static long headerBytes(HttpServerRequest request) {
        long total = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            total += header.getKey().length() + header.getValue().length() + 4;
        }
        return total;
    }

    private boolean declaredTooLarge(String declared) {
        if (declared == null) {
            return false;
        }
        try {
            return Long.parseLong(declared.strip()) > maxBody;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
