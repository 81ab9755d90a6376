package fi.polku.platform.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import fi.polku.platform.validation.Text;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;

/**
 * The JSON of request bodies is strict: a field the endpoint does not know is a 400 naming it, so a typo never
 * passes as an omission and nobody pads a body with junk. No value changes its meaning on the way in: a number is
 * never read as an enum's position, a fraction never truncated to an integer, a number never read as a text or a
 * text as a number or truth value, a number never as a day or a time, an empty text never as a missing number,
 * truth value, code or day; and every text is checked against {@link Text} before any code sees it. Events
 * stay tolerant: their readers use the application's mapper, which ignores fields added by a newer producer
 * (docs/events.md, compatible changes).
 */
@Provider
public class RestJson implements ContextResolver<ObjectMapper> {

    private final ObjectMapper strict;

    RestJson(ObjectMapper json) {
        this.strict = strict(json);
    }

    /** {@code json}'s settings with the request bodies' strictness on top. */
    static ObjectMapper strict(ObjectMapper json) {
        ObjectMapper strict = json.copy()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        refuse(
                strict,
                LogicalType.Integer,
                CoercionInputShape.Float,
                CoercionInputShape.String,
                CoercionInputShape.EmptyString);
        refuse(strict, LogicalType.Float, CoercionInputShape.String, CoercionInputShape.EmptyString);
        refuse(
                strict,
                LogicalType.Boolean,
                CoercionInputShape.String,
                CoercionInputShape.Integer,
                CoercionInputShape.EmptyString);
        refuse(
                strict,
                LogicalType.Textual,
                CoercionInputShape.Integer,
                CoercionInputShape.Float,
                CoercionInputShape.Boolean);
        refuse(strict, LogicalType.Enum, CoercionInputShape.Integer, CoercionInputShape.EmptyString);
        // A day or a time is a text in its ISO form: a number would be read as days or seconds since 1970.
        refuse(
                strict,
                LogicalType.DateTime,
                CoercionInputShape.Integer,
                CoercionInputShape.Float,
                CoercionInputShape.EmptyString);
        return strict.registerModule(new SimpleModule("polku-text").addDeserializer(String.class, new CheckedText()));
    }

    private static void refuse(ObjectMapper mapper, LogicalType type, CoercionInputShape... shapes) {
        var config = mapper.coercionConfigFor(type);
        for (CoercionInputShape shape : shapes) {
            config.setCoercion(shape, CoercionAction.Fail);
        }
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return strict;
    }

    /** A text of a request body that breaks {@link Text}'s rules; the problem names its field and the rule. */
    public static final class InvalidTextException extends MismatchedInputException {

        private final String rule;

        InvalidTextException(JsonParser parser, String rule) {
            super(parser, rule, String.class);
            this.rule = rule;
        }

        public String rule() {
            return rule;
        }
    }

    private static final class CheckedText extends StdScalarDeserializer<String> {

        CheckedText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(parser, context);
            var broken = Text.violation(value);
            if (broken.isPresent()) {
                throw new InvalidTextException(parser, broken.get());
            }
            return value;
        }
    }
}
