package fi.polku.indicator.query;

import fi.polku.events.EventType;
import fi.polku.indicator.catalogue.Dimension;
import fi.polku.indicator.catalogue.Indicator;
import fi.polku.indicator.catalogue.Measure;
import fi.polku.indicator.fact.FactService;
import fi.polku.indicator.reference.ReferenceDataService;
import fi.polku.indicator.staff.StaffService;
import fi.polku.indicator.staff.Staffing;
import fi.polku.platform.FinnishTime;
import fi.polku.platform.persistence.NativeValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** An indicator's figures for a range of months, by period and optionally by one dimension, before suppression. */
@ApplicationScoped
public class Figures {

    /** The figures: one cell per period and group (every period, every group seen), and each period's total. */
    public record Table(
            List<String> periods,
            List<String> groups,
            Map<String, Map<String, Cell>> cells,
            Map<String, Cell> totals,
            Instant dataUpTo) {}

    @Inject
    EntityManager em;

    @Inject
    ReferenceDataService referenceData;

    @Inject
    StaffService staff;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Table of(Indicator indicator, YearMonth from, YearMonth to, Period period, Optional<Dimension> groupBy) {
        List<String> periods = period.between(from, to);
        Instant start = from.atDay(1).atStartOfDay(FinnishTime.ZONE).toInstant();
        Instant end = to.plusMonths(1).atDay(1).atStartOfDay(FinnishTime.ZONE).toInstant();
        if (indicator.measure() == Measure.COVERAGE) {
            return coverage(indicator, from, to, period, groupBy.isPresent(), start, end);
        }
        if (indicator.measure() == Measure.FTE) {
            return staff(indicator, from, to, period, groupBy, end);
        }
        List<Object[]> grouped = rows(indicator, period, groupBy, start, end);
        List<Object[]> totals = groupBy.isPresent() ? rows(indicator, period, Optional.empty(), start, end) : grouped;

        Set<String> groups = new TreeSet<>();
        grouped.forEach(r -> groups.add(groupKey(r[1])));
        if (groupBy.isEmpty()) {
            groups.clear();
            groups.add("");
        }
        Map<String, Map<String, Cell>> cells = new HashMap<>();
        for (String p : periods) {
            Map<String, Cell> row = new HashMap<>();
            for (String g : groups) {
                row.put(g, empty(indicator, p, g));
            }
            cells.put(p, row);
        }
        for (Object[] r : grouped) {
            Map<String, Cell> row = cells.get((String) r[0]);
            if (row != null) {
                row.put(groupKey(r[1]), cell(indicator, r));
            }
        }
        Map<String, Cell> periodTotals = new HashMap<>();
        for (String p : periods) {
            periodTotals.put(p, empty(indicator, p, null));
        }
        for (Object[] r : totals) {
            if (periodTotals.containsKey((String) r[0])) {
                Cell total = cell(indicator, r);
                periodTotals.put(
                        (String) r[0], new Cell(total.period(), null, total.value(), total.p90(), total.n(), false));
            }
        }
        return new Table(
                periods, new ArrayList<>(new LinkedHashSet<>(groups)), cells, periodTotals, dataUpTo(indicator));
    }

    /**
     * Facts per 100 job seekers, by municipality: the period's facts over the mean of its months' job-seeker counts.
     * Only municipalities with job-seeker figures are shown, and the whole county's figure is theirs together, so that
     * its count is the sum of the cells' and suppression treats it as any total.
     */
    private Table coverage(
            Indicator indicator,
            YearMonth from,
            YearMonth to,
            Period period,
            boolean grouped,
            Instant start,
            Instant end) {
        List<String> periods = period.between(from, to);
        Map<String, Map<String, Long>> facts = new HashMap<>();
        for (Object[] r : rows(indicator.facts(), period, Optional.of(Dimension.MUNICIPALITY), start, end)) {
            facts.computeIfAbsent((String) r[0], p -> new HashMap<>()).put(groupKey(r[1]), ((Number) r[2]).longValue());
        }
        Map<String, Map<YearMonth, Integer>> seekers = referenceData.jobSeekers(from, to);
        Map<String, Map<String, Cell>> cells = new HashMap<>();
        Map<String, Cell> totals = new HashMap<>();
        for (String p : periods) {
            Map<String, Cell> row = new HashMap<>();
            long allFacts = 0;
            BigDecimal allSeekers = BigDecimal.ZERO;
            for (Map.Entry<String, Map<YearMonth, Integer>> municipality : seekers.entrySet()) {
                List<Integer> counts = municipality.getValue().entrySet().stream()
                        .filter(month -> period.label(month.getKey()).equals(p))
                        .map(Map.Entry::getValue)
                        .toList();
                long n = facts.getOrDefault(p, Map.of()).getOrDefault(municipality.getKey(), 0L);
                BigDecimal mean = counts.isEmpty()
                        ? null
                        : BigDecimal.valueOf(counts.stream()
                                        .mapToLong(Integer::longValue)
                                        .sum())
                                .divide(BigDecimal.valueOf(counts.size()), 4, RoundingMode.HALF_UP);
                row.put(municipality.getKey(), Cell.of(p, municipality.getKey(), n, per100(n, mean), null));
                if (mean != null) {
                    allFacts += n;
                    allSeekers = allSeekers.add(mean);
                }
            }
            cells.put(p, row);
            totals.put(
                    p,
                    Cell.of(p, null, allFacts, per100(allFacts, allSeekers.signum() == 0 ? null : allSeekers), null));
        }
        List<String> groups = grouped ? new ArrayList<>(seekers.keySet()) : List.of();
        return new Table(periods, groups, cells, totals, dataUpTo(indicator));
    }

    /**
     * The staff at each period's end, by group: every group that had staff at some period's end shows in every period,
     * with 0 where it had none.
     */
    private Table staff(
            Indicator indicator,
            YearMonth from,
            YearMonth to,
            Period period,
            Optional<Dimension> groupBy,
            Instant end) {
        Optional<Staffing.By> by = groupBy.map(d -> Staffing.By.valueOf(d.name()));
        Staffing staffing = staff.before(end);
        Map<String, Map<String, Staffing.Line>> lines = new HashMap<>();
        Map<String, Staffing.Line> wholes = new HashMap<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            if (period.last(month).equals(month)) {
                Instant periodEnd = month.plusMonths(1)
                        .atDay(1)
                        .atStartOfDay(FinnishTime.ZONE)
                        .toInstant();
                Map<String, Staffing.Line> grouped = staffing.before(periodEnd, by);
                lines.put(period.label(month), grouped);
                wholes.put(
                        period.label(month),
                        by.isEmpty()
                                ? grouped.get("")
                                : staffing.before(periodEnd, Optional.empty()).get(""));
            }
        }
        Set<String> groups = new TreeSet<>();
        lines.values().forEach(l -> groups.addAll(l.keySet()));
        Map<String, Map<String, Cell>> cells = new HashMap<>();
        Map<String, Cell> totals = new HashMap<>();
        List<String> periods = period.between(from, to);
        for (String p : periods) {
            Map<String, Cell> row = new HashMap<>();
            for (String g : groups) {
                row.put(g, staffCell(p, g, lines.get(p).get(g)));
            }
            cells.put(p, row);
            totals.put(p, staffCell(p, null, wholes.get(p)));
        }
        return new Table(
                periods, groupBy.isPresent() ? new ArrayList<>(groups) : List.of(), cells, totals, dataUpTo(indicator));
    }

    private static Cell staffCell(String period, String group, Staffing.Line line) {
        return line == null
                ? Cell.of(period, group, 0, BigDecimal.ZERO.setScale(2), null)
                : Cell.of(period, group, line.headcount(), line.fte(), null);
    }

    private static BigDecimal per100(long facts, BigDecimal population) {
        return population == null || population.signum() == 0
                ? null
                : BigDecimal.valueOf(facts * 100L).divide(population, 1, RoundingMode.HALF_UP);
    }

    private List<Object[]> rows(
            Indicator indicator, Period period, Optional<Dimension> groupBy, Instant start, Instant end) {
        String group = groupBy.map(Figures::expression).orElse("cast(null as text)");
        String days = indicator.measure() == Measure.DAYS
                ? "(cast(f.occurred_at at time zone 'Europe/Helsinki' as date) - cast(" + startOf(indicator)
                        + " at time zone 'Europe/Helsinki' as date))"
                : null;
        String measures = switch (indicator.measure()) {
            case COUNT -> "count(*), cast(count(*) as numeric), cast(null as numeric)";
            case PATHWAYS ->
                "count(distinct f.pathway_id), cast(count(distinct f.pathway_id) as numeric), "
                        + "cast(null as numeric)";
            case DAYS ->
                "count(*), cast(percentile_cont(0.5) within group (order by " + days + ") as numeric), "
                        + "cast(percentile_cont(0.9) within group (order by " + days + ") as numeric)";
            case MEAN_SCORE -> "count(f.score), avg(f.score), cast(null as numeric)";
            case COVERAGE, FTE -> throw new IllegalArgumentException(indicator + " is not counted from facts");
        };
        String only = switch (indicator.measure()) {
                    case DAYS -> " and " + startOf(indicator) + " is not null";
                    case MEAN_SCORE -> " and f.score is not null";
                    default -> "";
                }
                + indicator
                        .onlyFrom()
                        .map(source -> " and p.first_source = '" + source.name() + "'")
                        .orElse("");
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select %s as period, %s as grp, %s
                from indicator_fact f
                left join pathway_dim p on p.pathway_id = f.pathway_id
                left join referral_dim r on r.referral_id = f.referral_id
                where f.indicator = ?1 and f.occurred_at >= ?2 and f.occurred_at < ?3%s
                group by 1, 2""".formatted(period.bucket(), group, measures, only))
                .setParameter(1, indicator.facts().name())
                .setParameter(2, start)
                .setParameter(3, end)
                .getResultList();
        return rows;
    }

    private static String startOf(Indicator indicator) {
        return indicator.start() == Indicator.Start.REFERRAL_RECEIVED ? "r.received_at" : "p.opened_at";
    }

    private static String expression(Dimension dimension) {
        return switch (dimension) {
            case AREA -> "coalesce(f.area, p.area)";
            case TEAM -> "p.team";
            case MUNICIPALITY -> "coalesce(f.municipality_code, p.municipality_code)";
            case AGE_GROUP -> "coalesce(f.age_group, p.age_group)";
            case SOURCE -> "coalesce(f.source, p.first_source)";
            case SERVICE, OUTCOME, PURPOSE -> "f.detail";
            case PROFESSION -> throw new IllegalArgumentException("No fact has a profession");
        };
    }

    /** Counts are whole, days to a tenth, mean scores to a hundredth. */
    private static Cell cell(Indicator indicator, Object[] r) {
        int scale = switch (indicator.measure()) {
            case COUNT, PATHWAYS -> 0;
            case DAYS, COVERAGE -> 1;
            case MEAN_SCORE, FTE -> 2;
        };
        BigDecimal value = r[3] == null ? null : ((BigDecimal) r[3]).setScale(scale, RoundingMode.HALF_UP);
        BigDecimal p90 = r[4] == null ? null : ((BigDecimal) r[4]).setScale(1, RoundingMode.HALF_UP);
        return Cell.of((String) r[0], r[1] == null ? null : groupKey(r[1]), ((Number) r[2]).longValue(), value, p90);
    }

    private static Cell empty(Indicator indicator, String period, String group) {
        boolean counted = indicator.measure() == Measure.COUNT || indicator.measure() == Measure.PATHWAYS;
        return Cell.of(period, group, 0, counted ? BigDecimal.ZERO : null, null);
    }

    private static String groupKey(Object value) {
        return value == null ? "" : value.toString();
    }

    /** The oldest of the watermarks of the topics the indicator is counted from: its data is complete up to then. */
    private Instant dataUpTo(Indicator indicator) {
        List<String> groups = indicator.sourceEvents().stream()
                .map(EventType::byName)
                .flatMap(Optional::stream)
                .map(type -> FactService.GROUP_OF_TOPIC.get(type.topic()))
                .distinct()
                .toList();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select count(*), min(applied_up_to) from indicator_watermark where consumer_group = any(?1)""")
                .setParameter(1, groups.toArray(String[]::new))
                .getResultList();
        Object[] row = rows.getFirst();
        if (((Number) row[0]).intValue() < groups.size()) {
            return null;
        }
        return NativeValues.instant(row[1]);
    }
}
