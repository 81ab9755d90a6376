package fi.polku.platform.paging;

import fi.polku.platform.FinnishTime;
import io.quarkus.panache.common.Parameters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The optional filters of a list as one Panache query: each present value adds a clause. Day ranges are
 * calendar days in Finnish time, both ends included.
 */
public final class Criteria {

    private final List<String> clauses = new ArrayList<>();
    private final Parameters parameters = new Parameters();

    /** Adds {@code clause} (which names {@code :name}) when {@code value} is present. */
    public <T> Criteria and(Optional<T> value, String clause, String name) {
        value.ifPresent(v -> {
            clauses.add(clause);
            parameters.and(name, v);
        });
        return this;
    }

    /** Keeps rows whose instant {@code field} falls on or after {@code from} and on or before {@code to}. */
    public Criteria onDays(String field, Optional<LocalDate> from, Optional<LocalDate> to) {
        and(
                from.map(d -> d.atStartOfDay(FinnishTime.ZONE).toInstant()),
                field + " >= :" + field + "From",
                field + "From");
        return and(
                to.map(d -> d.plusDays(1).atStartOfDay(FinnishTime.ZONE).toInstant()),
                field + " < :" + field + "To",
                field + "To");
    }

    public boolean isEmpty() {
        return clauses.isEmpty();
    }

    public String where() {
        return String.join(" and ", clauses);
    }

    public Parameters parameters() {
        return parameters;
    }
}
