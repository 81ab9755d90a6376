package fi.polku.platform.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

/**
 * The values native queries return for dates and times, which the JDBC driver and Hibernate give in more than one
 * Java type depending on the column and the expression: one place turns them into {@code java.time}.
 */
public final class NativeValues {

    private NativeValues() {
    }

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
}
