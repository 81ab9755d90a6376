package fi.polku.indicator.dashboard;

import fi.polku.indicator.catalogue.Dimension;
import fi.polku.indicator.query.Period;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Optional;

/**
 * What the dashboard is asked for: whole periods from a month to a month, and at most one area or team. A team lies
 * within one area, so a team chosen with an area is the finer of the two and wins.
 */
record Filter(YearMonth from, YearMonth to, Period period, Optional<String> area, Optional<String> team) {

    /**
     * The filter as the page's form sends it: a missing {@code to} is this month, a missing {@code from} eleven months
     * before {@code to}, and both widen to whole periods, so that a form cannot ask for half a quarter; an empty area
     * or team is none. {@code from} and {@code to} must already be well-formed months.
     */
    static Filter of(String from, String to, String period, String area, String team, YearMonth thisMonth) {
        Period bucket = Period.valueOf(period.toUpperCase());
        YearMonth last = to == null ? thisMonth : YearMonth.parse(to);
        YearMonth first = from == null ? last.minusMonths(11) : YearMonth.parse(from);
        return new Filter(bucket.first(first), bucket.last(last), bucket, chosen(area), chosen(team));
    }

    private static Optional<String> chosen(String value) {
        return Optional.ofNullable(value).filter(v -> !v.isEmpty());
    }

    /** The dimension whose one group the figures are limited to, if any. */
    Optional<Dimension> scope() {
        return team.isPresent() ? Optional.of(Dimension.TEAM) : area.map(a -> Dimension.AREA);
    }

    /** The area or team the figures are limited to, if any. */
    Optional<String> group() {
        return team.or(() -> area);
    }

    /** The filter as a query string, for links that keep it (a CSV download, another language). */
    String query() {
        StringBuilder query = new StringBuilder(
                "from=" + from + "&to=" + to + "&period=" + period.name().toLowerCase());
        area.ifPresent(a -> query.append("&area=").append(URLEncoder.encode(a, StandardCharsets.UTF_8)));
        team.ifPresent(t -> query.append("&team=").append(URLEncoder.encode(t, StandardCharsets.UTF_8)));
        return query.toString();
    }
}
