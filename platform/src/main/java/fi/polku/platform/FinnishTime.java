package fi.polku.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Days as the counties count them: in Finnish time, whatever zone the server runs in. */
public final class FinnishTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Helsinki");

    private FinnishTime() {}

    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    public static LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }
}
