package fi.polku.healthcheck;

import fi.polku.platform.FinnishTime;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The clock of the tests that run on {@link FixedClockProfile}: it stands still at {@link #NOW} unless a test moves
 * it, and a test that moves it puts it back ({@link #reset()}). Only that profile selects this alternative to the
 * platform's SystemClock; every other test keeps the real clock.
 *
 * <p>{@link #NOW} is 00:30 on Monday 16 March 2026 in Finland while it is still the 15th in UTC, so a rule that counts
 * days in Finnish time ("not in the future") shows it does; and it lies before the day the tests run, so the
 * platform's housekeeping, which deletes by the clock, never takes rows a test still reads. Tests move the clock back
 * to make the past, or a little forward to let an appointment pass.
 */
public class FixedClock {

    /** The instant the clock shows unless a test moved it. */
    public static final Instant NOW = Instant.parse("2026-03-15T22:30:00Z");

    /** The day in Finland at {@link #NOW}. */
    public static final LocalDate TODAY = LocalDate.of(2026, 3, 16);

    private static final AtomicReference<Instant> current = new AtomicReference<>(NOW);

    @Produces
    @Singleton
    @Alternative
    Clock clock() {
        return new Still(ZoneOffset.UTC);
    }

    /** What the clock shows now. */
    public static Instant now() {
        return current.get();
    }

    /** The day in Finland on the clock. */
    public static LocalDate today() {
        return FinnishTime.dayOf(now());
    }

    /** Moves the clock to {@code instant}, where it stands until moved again. */
    public static void set(Instant instant) {
        current.set(instant);
    }

    /** Puts the clock back at {@link #NOW}. */
    public static void reset() {
        current.set(NOW);
    }

    private static final class Still extends Clock {

        private final ZoneId zone;

        Still(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return new Still(zone);
        }

        @Override
        public Instant instant() {
            return current.get();
        }
    }
}
