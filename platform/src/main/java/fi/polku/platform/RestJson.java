package fi.polku.platform;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The JSON of request bodies is strict: a field the endpoint does not know is a 400 naming it, so a typo never
 * passes as an omission and nobody pads a body with junk. Events stay tolerant: their readers use the application's
 * mapper, which ignores fields added by a newer producer (docs/events.md, compatible changes).
 */
@Provider
public class RestJson implements ContextResolver<ObjectMapper> {

    private final ObjectMapper strict;

    RestJson(ObjectMapper json) {
        this.strict = json.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return strict;
    }
}
