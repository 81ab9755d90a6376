package fi.polku.platform.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;

/**
 * The values native queries return for dates and times, which the JDBC driver and Hibernate give in more than one
 * Java type depending on the column and the expression: one place turns them into {@code java.time}. And the columns
 * a set insert takes ({@code insert … select from unnest(cast(?1 as uuid[]), …)}), one statement for a poll's rows.
 */
public final class NativeValues {

    private NativeValues() {}

    public static Instant instant(Object value) {
        return switch (value) {
            case null -> null;
            case Instant instant -> instant;
            case OffsetDateTime time -> time.toInstant();
            case java.sql.Timestamp timestamp -> timestamp.toInstant();
            default -> throw new IllegalStateException("Not a point in time: " + value.getClass());
        };
    }

    /** A day; a timestamp without a zone (a date plus an interval) counts as the day it falls on. */
    public static LocalDate day(Object value) {
        return switch (value) {
            case null -> null;
            case LocalDate day -> day;
            case java.sql.Date day -> day.toLocalDate();
            case LocalDateTime time -> time.toLocalDate();
            case java.sql.Timestamp timestamp -> timestamp.toLocalDateTime().toLocalDate();
            default -> throw new IllegalStateException("Not a day: " + value.getClass());
        };
    }

    /**
     * One column of {@code rows} as text, for a parameter that the statement casts to the column's array type
     * ({@code cast(?1 as timestamptz[])}): UUIDs, instants, numbers and codes all read back exactly; null stays null.
     */
    public static <T> String[] column(List<T> rows, Function<T, ?> value) {
        return rows.stream()
                .map(value)
                .map(v -> v == null ? null : v.toString())
                .toArray(String[]::new);
    }
}
