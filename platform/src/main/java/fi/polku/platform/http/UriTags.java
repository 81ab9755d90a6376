package fi.polku.platform.http;

import io.micrometer.core.instrument.config.MeterFilter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.regex.Pattern;

/**
 * Keeps request paths out of the metrics. A request that reaches an endpoint is counted under its template
 * ({@code /api/v1/clients/{id}}); one refused before routing (413, 414, 431, an undecodable path) would be counted
 * under its raw path, client ids and all. Every segment of a {@code uri} tag that is not a word or a template is
 * replaced with {@code {?}}, so no identifier, code or name reaches {@code /q/metrics}.
 */
@Singleton
public class UriTags {

    /**
     * A path's own words (lower case: {@code work-ability-statements}, {@code dashboard.js}), Quarkus' markers
     * ({@code NOT_FOUND}), a version ({@code v1}) and templates; anything else, a capitalised name included, is data.
     */
    private static final Pattern SAFE_SEGMENT =
            Pattern.compile("[a-z][a-z.-]{0,39}|[A-Z][A-Z_]{0,19}|v\\d{1,2}" + "|\\{[A-Za-z]+}(\\.csv)?");

    @Produces
    @Singleton
    MeterFilter templatesOnly() {
        return MeterFilter.replaceTagValues("uri", UriTags::templated);
    }

    static String templated(String uri) {
        String[] segments = uri.split("/", -1);
        StringBuilder safe = new StringBuilder(uri.length());
        for (int i = 0; i < segments.length; i++) {
            if (i > 0) {
                safe.append('/');
            }
            String segment = segments[i];
            safe.append(segment.isEmpty() || SAFE_SEGMENT.matcher(segment).matches() ? segment : "{?}");
        }
        return safe.toString();
    }
}
