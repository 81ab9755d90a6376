package fi.polku.indicator.query;

import fi.polku.indicator.catalogue.Dimension;
import fi.polku.indicator.catalogue.Indicator;
import fi.polku.indicator.targets.TargetService;
import fi.polku.platform.rule.InvalidField;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An indicator's answer as a caller may see it: the figures for a checked range, suppressed for those without detail.
 * The API and the dashboard both answer through here, so neither can show what the other hides.
 */
@ApplicationScoped
public class AnswerService {

    /** A question, checked: a range of whole periods of at most ten years, and a dimension the indicator has. */
    public record Question(
            Indicator indicator, YearMonth from, YearMonth to, Period period, Optional<Dimension> groupBy) {

        /**
         * Checks the parameters as given; each broken rule is an InvalidField naming its parameter. {@code from} and {@code to}
         * must already be well-formed months.
         */
        public static Question of(Indicator indicator, String from, String to, String period, String groupBy) {
            YearMonth first = YearMonth.parse(from);
            YearMonth last = YearMonth.parse(to);
            if (last.isBefore(first) || ChronoUnit.MONTHS.between(first, last) >= 120) {
                throw new InvalidField("to", "must not be before from, and at most ten years after it");
            }
            Optional<Dimension> dimension = Optional.ofNullable(groupBy)
                    .map(g -> indicator.dimensions().stream()
                            .filter(d -> d.parameter().equals(g))
                            .findFirst()
                            .orElseThrow(() -> new InvalidField(
                                    "groupBy",
                                    "must be one of "
                                            + indicator.dimensions().stream()
                                                    .map(Dimension::parameter)
                                                    .toList())));
            Period bucket = Period.valueOf(period.toUpperCase());
            if (!bucket.starts(first)) {
                throw new InvalidField("from", "must be the first month of a " + period);
            }
            if (!bucket.starts(last.plusMonths(1))) {
                throw new InvalidField("to", "must be the last month of a " + period);
            }
            return new Question(indicator, first, last, bucket, dimension);
        }
    }

    /** The answer: every period's cells (when grouped) and total, the targets set for them, and how fresh it is. */
    public record Answer(
            Question question,
            List<String> periods,
            List<Cell> rows,
            List<Cell> totals,
            List<TargetService.Target> targets,
            Instant dataUpTo,
            boolean suppression) {}

    /** The key of a period's total among its cells' keys: no group is called this, the groups being codes. */
    private static final String TOTAL = "\u0000total";

    @Inject
    Figures figures;

    @Inject
    TargetService targets;

    public Answer of(Question q, boolean suppression) {
        Shown shown = shown(q, suppression);
        return new Answer(
                q,
                shown.table().periods(),
                shown.rows(),
                shown.totals(),
                targets.of(q.indicator(), shown.table().periods()),
                shown.table().dataUpTo(),
                suppression);
    }

    /** The figures before suppression, and the cells and totals as shown, in the same order. */
    private record Shown(
            Figures.Table table, List<Cell> rawRows, List<Cell> rows, List<Cell> rawTotals, List<Cell> totals) {}

    private Shown shown(Question q, boolean suppression) {
        Figures.Table table = figures.of(q.indicator(), q.from(), q.to(), q.period(), q.groupBy());
        boolean counted = q.indicator().measure().counted();
        Set<List<String>> givenAway = suppression && counted ? givenAwayByFinerPeriods(q) : Set.of();
        List<Cell> rawRows = new ArrayList<>();
        List<Cell> rows = new ArrayList<>();
        List<Cell> rawTotals = new ArrayList<>();
        List<Cell> totals = new ArrayList<>();
        for (String p : table.periods()) {
            List<Cell> cells = table.groups().stream()
                    .filter(g -> q.groupBy().isPresent())
                    .map(g -> table.cells().get(p).get(g))
                    .toList();
            Cell total = table.totals().get(p);
            rawRows.addAll(cells);
            rawTotals.add(total);
            if (!suppression || !q.indicator().measure().suppressed()) {
                rows.addAll(cells);
                totals.add(total);
            } else if (counted) {
                Set<Integer> hide = new HashSet<>();
                for (int i = 0; i < cells.size(); i++) {
                    if (givenAway.contains(key(p, cells.get(i).group()))) {
                        hide.add(i);
                    }
                }
                Suppression.Result shown = Suppression.counts(cells, total, hide, givenAway.contains(key(p, TOTAL)));
                rows.addAll(shown.cells());
                totals.add(shown.total());
            } else {
                cells.stream().map(Suppression::statistic).forEach(rows::add);
                totals.add(Suppression.statistic(total));
            }
        }
        return new Shown(table, rawRows, rows, rawTotals, totals);
    }

    /**
     * The quarters' or years' cells (period, group) and totals (period, {@link #TOTAL}) that their months', or their
     * quarters', figures as shown would give away: a quarter less its shown months is what its hidden months add up
     * to, so they must be two or more and 5 or more together, as within a period.
     */
    private Set<List<String>> givenAwayByFinerPeriods(Question q) {
        List<Period> finer = switch (q.period()) {
            case MONTH -> List.of();
            case QUARTER -> List.of(Period.MONTH);
            case YEAR -> List.of(Period.MONTH, Period.QUARTER);
        };
        Set<List<String>> givenAway = new HashSet<>();
        for (Period period : finer) {
            Shown sub = shown(new Question(q.indicator(), q.from(), q.to(), period, q.groupBy()), true);
            Map<List<String>, long[]> hidden = new HashMap<>();
            hidden(q.period(), sub.rawRows(), sub.rows(), hidden, false);
            hidden(q.period(), sub.rawTotals(), sub.totals(), hidden, true);
            hidden.forEach((key, countAndSum) -> {
                if (countAndSum[0] == 1 || countAndSum[1] < Suppression.THRESHOLD) {
                    givenAway.add(key);
                }
            });
        }
        return givenAway;
    }

    /** A cell's key: its period and group, the unknown group being the empty one. */
    private static List<String> key(String period, String group) {
        return List.of(period, group == null ? "" : group);
    }

    /** Counts the hidden finer cells of each coarser (period, group): how many, and what they add up to. */
    private static void hidden(
            Period coarser, List<Cell> raw, List<Cell> shown, Map<List<String>, long[]> hidden, boolean totals) {
        for (int i = 0; i < raw.size(); i++) {
            if (shown.get(i).suppressed()) {
                long[] countAndSum = hidden.computeIfAbsent(
                        key(
                                coarser.labelOf(raw.get(i).period()),
                                totals ? TOTAL : raw.get(i).group()),
                        k -> new long[2]);
                countAndSum[0]++;
                countAndSum[1] += raw.get(i).n();
            }
        }
    }
}
