package fi.polku.indicator.query;

import fi.polku.indicator.catalogue.Dimension;
import fi.polku.indicator.catalogue.Indicator;
import fi.polku.indicator.targets.Targets;
import fi.polku.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An indicator's answer as a caller may see it: the figures for a checked range, suppressed for those without detail.
 * The API and the dashboard both answer through here, so neither can show what the other hides.
 */
@ApplicationScoped
public class Answers {

    /** A question, checked: a range of whole periods of at most ten years, and a dimension the indicator has. */
    public record Question(Indicator indicator, YearMonth from, YearMonth to, Period period,
            Optional<Dimension> groupBy) {

        /**
         * Checks the parameters as given; each broken rule is a 400 naming its parameter. {@code from} and {@code to}
         * must already be well-formed months.
         */
        public static Question of(Indicator indicator, String from, String to, String period, String groupBy) {
            YearMonth first = YearMonth.parse(from);
            YearMonth last = YearMonth.parse(to);
            if (last.isBefore(first) || ChronoUnit.MONTHS.between(first, last) >= 120) {
                throw ProblemException.invalidField("to", "must not be before from, and at most ten years after it");
            }
            Optional<Dimension> dimension = Optional.ofNullable(groupBy).map(g -> indicator.dimensions().stream()
                    .filter(d -> d.parameter().equals(g)).findFirst().orElseThrow(() -> ProblemException.invalidField(
                            "groupBy", "must be one of "
                                    + indicator.dimensions().stream().map(Dimension::parameter).toList())));
            Period bucket = Period.valueOf(period.toUpperCase());
            if (!bucket.starts(first)) {
                throw ProblemException.invalidField("from", "must be the first month of a " + period);
            }
            if (!bucket.starts(last.plusMonths(1))) {
                throw ProblemException.invalidField("to", "must be the last month of a " + period);
            }
            return new Question(indicator, first, last, bucket, dimension);
        }
    }

    /** The answer: every period's cells (when grouped) and total, the targets set for them, and how fresh it is. */
    public record Answer(Question question, List<String> periods, List<Cell> rows, List<Cell> totals,
            List<Targets.Target> targets, Instant dataUpTo, boolean suppression) {
    }

    private final Figures figures;
    private final Targets targets;

    Answers(Figures figures, Targets targets) {
        this.figures = figures;
        this.targets = targets;
    }

    public Answer of(Question q, boolean suppression) {
        Figures.Table table = figures.of(q.indicator(), q.from(), q.to(), q.period(), q.groupBy());
        List<Cell> rows = new ArrayList<>();
        List<Cell> totals = new ArrayList<>();
        boolean counted = q.indicator().measure().counted();
        for (String p : table.periods()) {
            List<Cell> cells = table.groups().stream().filter(g -> q.groupBy().isPresent())
                    .map(g -> table.cells().get(p).get(g)).toList();
            Cell total = table.totals().get(p);
            if (!suppression) {
                rows.addAll(cells);
                totals.add(total);
            } else if (counted) {
                Suppression.Result shown = Suppression.counts(cells, total);
                rows.addAll(shown.cells());
                totals.add(shown.total());
            } else {
                cells.stream().map(Suppression::statistic).forEach(rows::add);
                totals.add(Suppression.statistic(total));
            }
        }
        return new Answer(q, table.periods(), rows, totals, targets.of(q.indicator(), table.periods()),
                table.dataUpTo(), suppression);
    }
}
