package fi.polku.platform.paging;

import fi.polku.platform.rule.InvalidField;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

/**
 * Parses list filters that arrive as text. JAX-RS answers a query parameter it cannot convert with a
 * bare 404; reading them as text and parsing here gives a 400 naming the parameter and its rule.
 */
public final class QueryParams {

    private QueryParams() {}

    /** The constant of {@code type} named {@code value}, empty when {@code value} is absent. */
    public static <E extends Enum<E>> Optional<E> enumValue(String parameter, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, value.strip()));
        } catch (IllegalArgumentException e) {
            throw new InvalidField(parameter, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    /** A UUID, empty when {@code value} is absent. */
    public static Optional<UUID> uuid(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(value.strip()));
        } catch (IllegalArgumentException e) {
            throw new InvalidField(parameter, "must be a UUID");
        }
    }

    /** An ISO date (YYYY-MM-DD), empty when {@code value} is absent. */
    public static Optional<LocalDate> date(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            throw new InvalidField(parameter, "must be a date (YYYY-MM-DD)");
        }
    }
}
