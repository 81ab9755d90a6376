package fi.polku.indicator.dataset;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.polku.indicator.catalogue.Dimension;
import fi.polku.indicator.catalogue.Indicator;
import fi.polku.indicator.catalogue.Measure;
import fi.polku.platform.testing.PolkuTest;
import fi.polku.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Several hundred pathways across areas, teams, sources, services, health checks and outcomes, driven through the
 * real topics, and every indicator's exact figures by month, by quarter and by year, grouped by its own dimension and
 * by area: in full for an analyst, and for a manager suppressed so that no total gives a small cell away.
 */
@QuarkusTest
@PolkuTest
class DataSetTest {

    private static final String ANALYST = Tokens.bearer("anni", "analyst");
    private static final String MANAGER = Tokens.bearer("markku", "manager");
    private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");
    private static final String FROM = PathwayDataSet.YEAR + "-01";
    private static final String TO = PathwayDataSet.YEAR + "-12";

    /**
     * A figure as the API gives it: its value, 90th percentile, how many facts it stands on, and whether it is
     * suppressed. Values compare by number, whatever their scale.
     */
    record Figure(BigDecimal value, BigDecimal p90, Long n, boolean suppressed) {

        static final Figure EMPTY = new Figure(BigDecimal.ZERO, null, 0L, false);

        Figure {
            value = plain(value);
            p90 = plain(p90);
        }

        Figure(BigDecimal value, BigDecimal p90, long n) {
            this(value, p90, n, false);
        }

        private static BigDecimal plain(BigDecimal number) {
            return number == null
                    ? null
                    : new BigDecimal(number.stripTrailingZeros().toPlainString());
        }
    }

    /** One question to ask of every indicator: a period and what to group by (null for nothing). */
    record Question(String period, Dimension groupBy) {}

    @Test
    void everyIndicatorCountsTheDataSetExactly() {
        PathwayDataSet set = DataSets.published();
        assertTrue(set.pathways() >= 300, "several hundred pathways");
        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> {
                    for (Indicator indicator : Indicator.values()) {
                        for (Question q : questions(indicator)) {
                            assertEquals(
                                    expected(set, indicator, q),
                                    answer(ANALYST, indicator, q),
                                    indicator + " by " + q.period() + " grouped by " + q.groupBy());
                        }
                    }
                });
    }

    @Test
    void aManagerSeesTheSameFiguresWithSmallCellsSuppressedSoThatNoTotalGivesThemAway() {
        PathwayDataSet set = DataSets.published();
        int suppressedCells = 0;
        for (Indicator indicator : Indicator.values()) {
            for (Question q : questions(indicator)) {
                Map<List<String>, Figure> full = expected(set, indicator, q);
                await().atMost(Duration.ofSeconds(120))
                        .until(() -> answer(ANALYST, indicator, q).equals(full));
                Map<List<String>, Figure> shown = answer(MANAGER, indicator, q);
                if (!indicator.measure().suppressed()) {
                    assertEquals(full, shown, indicator + " " + q + ": the county's own staff is never suppressed");
                    continue;
                }
                boolean counted = indicator.measure() == Measure.COUNT || indicator.measure() == Measure.PATHWAYS;
                Map<String, List<Long>> hiddenByPeriod = new HashMap<>();
                Set<List<String>> keys = new TreeSet<>(DataSetTest::compareKeys);
                keys.addAll(full.keySet());
                keys.addAll(shown.keySet());
                for (List<String> key : keys) {
                    Figure all = full.getOrDefault(key, Figure.EMPTY);
                    Figure seen = shown.getOrDefault(key, Figure.EMPTY);
                    String where = indicator + " " + q + " " + key;
                    if (seen.suppressed()) {
                        assertNull(seen.value(), where);
                        assertNull(seen.n(), where);
                        if (!"TOTAL".equals(key.get(1))) {
                            hiddenByPeriod
                                    .computeIfAbsent(key.get(0), p -> new ArrayList<>())
                                    .add(all.n());
                        }
                        suppressedCells++;
                    } else {
                        assertEquals(all.value(), seen.value(), where + ": a shown cell is the full figure");
                        assertEquals(all.p90(), seen.p90(), where);
                        assertTrue(all.n() == 0 || all.n() >= 5, where + ": a cell on 1–4 facts is never shown");
                    }
                }
                if (counted) {
                    hiddenByPeriod.forEach((period, hidden) -> {
                        if (shown.get(List.of(period, "TOTAL")).n() != null) {
                            assertNotEquals(
                                    1,
                                    hidden.size(),
                                    indicator + " " + period
                                            + ": the total less the shown cells would give a lone hidden cell away");
                            assertTrue(
                                    hidden.stream().mapToLong(Long::longValue).sum() >= 5,
                                    indicator + " " + period
                                            + ": hidden cells summing under 5 would be narrowed down by the total");
                        }
                    });
                }
            }
        }
        assertTrue(suppressedCells > 20, "the data set has small cells to suppress: " + suppressedCells);
    }

    @Test
    void noQuarterOrYearShownToAManagerGivesAwayTheMonthsOrQuartersHiddenInIt() {
        PathwayDataSet set = DataSets.published();
        int checked = 0;
        for (Indicator indicator : Indicator.values()) {
            if (!indicator.measure().counted()) {
                continue;
            }
            List<Dimension> groupings = new ArrayList<>(Arrays.asList((Dimension) null));
            groupings.addAll(
                    indicator.dimensions().contains(Dimension.AREA)
                            ? List.of(
                                    Optional.ofNullable(indicator.ownDimension())
                                            .orElse(Dimension.SOURCE),
                                    Dimension.AREA)
                            : List.of(Dimension.MUNICIPALITY));
            for (Dimension groupBy : groupings) {
                Map<String, Map<List<String>, Figure>> shown = new HashMap<>();
                Map<String, Map<List<String>, Figure>> full = new HashMap<>();
                for (String period : List.of("month", "quarter", "year")) {
                    Question q = new Question(period, groupBy);
                    full.put(period, expected(set, indicator, q));
                    await().atMost(Duration.ofSeconds(120))
                            .until(() -> answer(ANALYST, indicator, q).equals(full.get(period)));
                    shown.put(period, answer(MANAGER, indicator, q));
                }
                for (String[] pair : new String[][] {{"quarter", "month"}, {"year", "month"}, {"year", "quarter"}}) {
                    Map<List<String>, long[]> hidden = new HashMap<>();
                    shown.get(pair[1]).forEach((key, figure) -> {
                        if (figure.suppressed()) {
                            long[] countAndSum = hidden.computeIfAbsent(
                                    List.of(coarser(pair[0], key.get(0)), key.get(1)), k -> new long[2]);
                            countAndSum[0]++;
                            countAndSum[1] += full.get(pair[1])
                                    .getOrDefault(key, Figure.EMPTY)
                                    .n();
                        }
                    });
                    for (Map.Entry<List<String>, long[]> cell : hidden.entrySet()) {
                        Figure coarse = shown.get(pair[0]).getOrDefault(cell.getKey(), Figure.EMPTY);
                        if (!coarse.suppressed()) {
                            checked++;
                            long[] countAndSum = cell.getValue();
                            assertTrue(
                                    countAndSum[0] >= 2 && countAndSum[1] >= 5,
                                    indicator + " by " + groupBy
                                            + ": " + pair[0] + " " + cell.getKey() + " less its shown " + pair[1]
                                            + "s gives away " + countAndSum[0] + " hidden adding up to "
                                            + countAndSum[1]);
                        }
                    }
                }
            }
        }
        assertTrue(checked > 0, "some coarser figure is shown over hidden finer ones");
    }

    private static String coarser(String period, String finer) {
        return "year".equals(period) ? finer.substring(0, 4) : label(period, YearMonth.parse(finer));
    }

    static List<Question> questions(Indicator indicator) {
        if (indicator.measure() == Measure.COVERAGE) {
            return List.of(
                    new Question("month", null),
                    new Question("quarter", Dimension.MUNICIPALITY),
                    new Question("year", Dimension.MUNICIPALITY));
        }
        if (indicator.measure() == Measure.FTE) {
            return List.of(
                    new Question("month", null),
                    new Question("quarter", Dimension.PROFESSION),
                    new Question("year", Dimension.AREA),
                    new Question("month", Dimension.AREA),
                    new Question("month", Dimension.TEAM));
        }
        Dimension own = Optional.ofNullable(indicator.ownDimension()).orElse(Dimension.SOURCE);
        return List.of(new Question("month", null), new Question("quarter", own), new Question("year", Dimension.AREA));
    }

    /** The figures the API answers, by (period, group) with TOTAL for the period's total; empty cells left out. */
    static Map<List<String>, Figure> answer(String token, Indicator indicator, Question q) {
        var request = given().header("Authorization", token)
                .queryParam("from", FROM)
                .queryParam("to", TO)
                .queryParam("period", q.period());
        if (q.groupBy() != null) {
            request.queryParam("groupBy", q.groupBy().parameter());
        }
        JsonPath json = request.when()
                .get("/api/v1/indicators/{code}", indicator.name())
                .then()
                .statusCode(200)
                .extract()
                .response()
                .jsonPath(
                        JsonPathConfig.jsonPathConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        Map<List<String>, Figure> figures = new TreeMap<>(DataSetTest::compareKeys);
        List<Map<String, Object>> cells = new ArrayList<>(json.getList("rows"));
        List<Map<String, Object>> totals = json.getList("totals");
        totals.forEach(t -> {
            Map<String, Object> total = new HashMap<>(t);
            total.put("group", "TOTAL");
            cells.add(total);
        });
        for (Map<String, Object> cell : cells) {
            BigDecimal n = decimal(cell.get("n"));
            BigDecimal value = decimal(cell.get("value"));
            boolean suppressed = (Boolean) cell.get("suppressed");
            boolean empty = value == null || n != null && n.signum() == 0;
            if (!suppressed && empty) {
                continue;
            }
            figures.put(
                    List.of((String) cell.get("period"), Objects.toString(cell.get("group"), "")),
                    new Figure(value, decimal(cell.get("p90")), n == null ? null : n.longValue(), suppressed));
        }
        return figures;
    }

    /** The figures worked out from the data set's own facts, in the same shape. */
    static Map<List<String>, Figure> expected(PathwayDataSet set, Indicator indicator, Question q) {
        if (indicator.measure() == Measure.COVERAGE) {
            return coverage(set, q);
        }
        if (indicator.measure() == Measure.FTE) {
            return staff(set, q);
        }
        Function<PathwayDataSet.Fact, String> group = q.groupBy() == null
                ? f -> null
                : switch (q.groupBy()) {
                    case AREA -> PathwayDataSet.Fact::area;
                    case SOURCE -> PathwayDataSet.Fact::source;
                    default -> PathwayDataSet.Fact::detail;
                };
        Map<List<String>, List<PathwayDataSet.Fact>> cells = new HashMap<>();
        for (PathwayDataSet.Fact fact : set.facts) {
            ZonedDateTime at = fact.at().atZone(FINLAND);
            if (fact.indicator() != indicator || at.getYear() != PathwayDataSet.YEAR) {
                continue;
            }
            String period = label(q.period(), YearMonth.from(at));
            cells.computeIfAbsent(List.of(period, "TOTAL"), k -> new ArrayList<>())
                    .add(fact);
            if (q.groupBy() != null) {
                cells.computeIfAbsent(List.of(period, Objects.toString(group.apply(fact), "")), k -> new ArrayList<>())
                        .add(fact);
            }
        }
        Map<List<String>, Figure> figures = new TreeMap<>(DataSetTest::compareKeys);
        cells.forEach((key, facts) -> figures.put(key, figure(indicator.measure(), facts)));
        return figures;
    }

    /** Checks per 100 job seekers, the job seekers averaged over the period's months, by municipality. */
    private static Map<List<String>, Figure> coverage(PathwayDataSet set, Question q) {
        Map<List<String>, Long> checks = new HashMap<>();
        Map<List<String>, List<Integer>> seekers = new HashMap<>();
        for (PathwayDataSet.Fact fact : set.facts) {
            ZonedDateTime at = fact.at().atZone(FINLAND);
            if (fact.indicator() == Indicator.HEALTH_CHECKS_COMPLETED && at.getYear() == PathwayDataSet.YEAR) {
                checks.merge(List.of(label(q.period(), YearMonth.from(at)), fact.municipality()), 1L, Long::sum);
            }
        }
        set.jobSeekers.forEach((municipality, months) -> months.forEach((month, count) -> seekers.computeIfAbsent(
                        List.of(label(q.period(), month), municipality), k -> new ArrayList<>())
                .add(count)));
        Map<List<String>, Figure> figures = new TreeMap<>(DataSetTest::compareKeys);
        Map<String, long[]> totalChecks = new TreeMap<>();
        Map<String, BigDecimal> totalSeekers = new TreeMap<>();
        seekers.forEach((key, counts) -> {
            BigDecimal mean = BigDecimal.valueOf(
                            counts.stream().mapToLong(Integer::longValue).sum())
                    .divide(BigDecimal.valueOf(counts.size()), 4, RoundingMode.HALF_UP);
            long n = checks.getOrDefault(key, 0L);
            if (q.groupBy() != null && n > 0) {
                figures.put(key, new Figure(per100(n, mean), null, n));
            }
            totalChecks.computeIfAbsent(key.get(0), p -> new long[1])[0] += n;
            totalSeekers.merge(key.get(0), mean, BigDecimal::add);
        });
        totalSeekers.forEach((period, all) -> {
            long n = totalChecks.get(period)[0];
            if (n > 0) {
                figures.put(List.of(period, "TOTAL"), new Figure(per100(n, all), null, n));
            }
        });
        return figures;
    }

    /**
     * The staff at each period's end, replaying the registry's versions in time: active professionals in active teams,
     * their FTE divided evenly among those teams, counted once per area, per profession and in the whole.
     */
    private static Map<List<String>, Figure> staff(PathwayDataSet set, Question q) {
        Map<List<String>, Long> headcounts = new HashMap<>();
        Map<List<String>, BigDecimal> ftes = new HashMap<>();
        for (int month = 1; month <= 12; month++) {
            YearMonth last = YearMonth.of(PathwayDataSet.YEAR, month);
            String period = label(q.period(), last);
            if (!period.equals(label(q.period(), last.plusMonths(1)))) {
                Instant end = last.plusMonths(1).atDay(1).atStartOfDay(FINLAND).toInstant();
                Map<UUID, PathwayDataSet.TeamVersion> teams = new HashMap<>();
                set.teamVersions.stream()
                        .filter(v -> v.at().isBefore(end))
                        .sorted(Comparator.comparing(PathwayDataSet.TeamVersion::at))
                        .forEach(v -> teams.put(v.team(), v));
                Map<UUID, PathwayDataSet.StaffVersion> staff = new HashMap<>();
                set.staffVersions.stream()
                        .filter(v -> v.at().isBefore(end))
                        .sorted(Comparator.comparing(PathwayDataSet.StaffVersion::at))
                        .forEach(v -> staff.put(v.professional(), v));
                for (PathwayDataSet.StaffVersion p : staff.values()) {
                    List<PathwayDataSet.TeamVersion> in = p.teams().stream()
                            .map(teams::get)
                            .filter(PathwayDataSet.TeamVersion::active)
                            .toList();
                    if (!p.active() || in.isEmpty()) {
                        continue;
                    }
                    count(headcounts, ftes, List.of(period, "TOTAL"), p.fte());
                    if (q.groupBy() == Dimension.PROFESSION) {
                        count(headcounts, ftes, List.of(period, p.profession().name()), p.fte());
                    } else if (q.groupBy() == Dimension.TEAM) {
                        in.forEach(t -> count(
                                headcounts,
                                ftes,
                                List.of(period, t.name()),
                                p.fte().divide(BigDecimal.valueOf(in.size()))));
                    } else if (q.groupBy() == Dimension.AREA) {
                        in.stream()
                                .map(PathwayDataSet.TeamVersion::area)
                                .distinct()
                                .forEach(area -> count(
                                        headcounts,
                                        ftes,
                                        List.of(period, area),
                                        p.fte()
                                                .multiply(BigDecimal.valueOf(in.stream()
                                                        .filter(t -> t.area().equals(area))
                                                        .count()))
                                                .divide(BigDecimal.valueOf(in.size()))));
                    }
                }
            }
        }
        Map<List<String>, Figure> figures = new TreeMap<>(DataSetTest::compareKeys);
        headcounts.forEach((key, n) ->
                figures.put(key, new Figure(ftes.get(key).setScale(2, RoundingMode.HALF_UP), null, n)));
        return figures;
    }

    private static void count(
            Map<List<String>, Long> headcounts, Map<List<String>, BigDecimal> ftes, List<String> key, BigDecimal fte) {
        headcounts.merge(key, 1L, Long::sum);
        ftes.merge(key, fte, BigDecimal::add);
    }

    private static BigDecimal per100(long n, BigDecimal population) {
        return BigDecimal.valueOf(n * 100).divide(population, 1, RoundingMode.HALF_UP);
    }

    private static String label(String period, YearMonth month) {
        return switch (period) {
            case "month" -> month.toString();
            case "quarter" -> month.getYear() + "-Q" + ((month.getMonthValue() - 1) / 3 + 1);
            default -> String.valueOf(month.getYear());
        };
    }

    private static Figure figure(Measure measure, List<PathwayDataSet.Fact> facts) {
        return switch (measure) {
            case COUNT -> new Figure(BigDecimal.valueOf(facts.size()), null, (long) facts.size());
            case PATHWAYS -> {
                long clients = facts.stream()
                        .map(PathwayDataSet.Fact::pathway)
                        .distinct()
                        .count();
                yield new Figure(BigDecimal.valueOf(clients), null, clients);
            }
            case DAYS -> {
                double[] days = facts.stream()
                        .mapToDouble(f -> f.value().doubleValue())
                        .sorted()
                        .toArray();
                yield new Figure(percentile(days, 0.5), percentile(days, 0.9), (long) days.length);
            }
            case MEAN_SCORE -> {
                BigDecimal sum =
                        facts.stream().map(PathwayDataSet.Fact::value).reduce(BigDecimal.ZERO, BigDecimal::add);
                yield new Figure(
                        sum.divide(BigDecimal.valueOf(facts.size()), MathContext.DECIMAL64)
                                .setScale(2, RoundingMode.HALF_UP),
                        null,
                        (long) facts.size());
            }
            case COVERAGE, FTE -> throw new IllegalArgumentException(measure + " has figures of its own");
        };
    }

    /** As PostgreSQL's percentile_cont: interpolated between the two nearest ranks. */
    private static BigDecimal percentile(double[] sorted, double p) {
        double position = p * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = (int) Math.ceil(position);
        double value = sorted[below] + (position - below) * (sorted[above] - sorted[below]);
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    }

    /** JSON numbers come as Integer when whole and BigDecimal otherwise. */
    private static BigDecimal decimal(Object number) {
        return number == null ? null : new BigDecimal(number.toString());
    }

    private static int compareKeys(List<String> a, List<String> b) {
        int byPeriod = a.get(0).compareTo(b.get(0));
        return byPeriod != 0 ? byPeriod : a.get(1).compareTo(b.get(1));
    }
}
