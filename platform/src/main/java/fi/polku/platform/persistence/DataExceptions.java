package fi.polku.platform.persistence;

import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

/**
 * Recognises a value PostgreSQL refuses to store (SQLSTATE class 22, data exception): a NUL character in a
 * text, a date beyond its range, a number that overflows its column. Such a value came with the request, so
 * the API answers 400 rather than 500; validation should have named the field first, and this is the net
 * under it.
 */
public final class DataExceptions {

    private static final Map<String, String> RULES = Map.of(
            "22001", "a text is longer than its field allows",
            "22003", "a number is out of range",
            "22007", "a date or time is not valid",
            "22008", "a date or time is out of range",
            "22021", "a text contains a character that cannot be stored (such as NUL)",
            "22P05", "a text contains a character that cannot be stored (such as NUL)");

    private DataExceptions() {}

    /**
     * Whether {@code failure}, or anything that caused it, is one of the data exceptions above, which a value brings
     * with it (too long, out of range, an impossible date, a character that cannot be stored): the same value will
     * never be stored. Another data exception (a division by zero, a cast of a text) more likely means a bug.
     */
    public static boolean isUnstorableValue(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 32; t = t.getCause(), depth++) {
            if (t instanceof SQLException sql && RULES.containsKey(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** The rule a value broke, when {@code failure} or anything that caused it is a data exception. */
    public static Optional<String> unstorableValue(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 32; t = t.getCause(), depth++) {
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("22")) {
                return Optional.of(RULES.getOrDefault(sql.getSQLState(), "a value is not valid for its field"));
            }
        }
        return Optional.empty();
    }
}
