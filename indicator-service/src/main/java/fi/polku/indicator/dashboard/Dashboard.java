package fi.polku.indicator.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.polku.indicator.catalogue.Dimension;
import fi.polku.indicator.catalogue.Indicator;
import fi.polku.indicator.catalogue.Measure;
import fi.polku.indicator.query.AnswerService;
import fi.polku.indicator.query.Cell;
import fi.polku.indicator.targets.TargetService;
import fi.polku.platform.FinnishTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The dashboard's page: each key indicator answered by area and by team through {@link AnswerService}, the one series the
 * filter asks for, a table of the same numbers and the charts' data, in one language.
 */
@ApplicationScoped
public class Dashboard {

    /** The indicators the dashboard shows, in this order. */
    static final List<Indicator> KEY_INDICATORS = List.of(
            Indicator.REFERRALS_BY_SOURCE,
            Indicator.TEAM_CLIENTS,
            Indicator.TEAM_WAITING_DAYS,
            Indicator.REFERRALS_TO_SERVICES,
            Indicator.HEALTH_CHECKS_COMPLETED,
            Indicator.PATHWAY_OUTCOMES);

    /** What a suppressed figure shows instead of a number, as in the CSV. */
    static final String SUPPRESSED = "<5";

    private static final String NONE = "–";
    private static final DateTimeFormatter UP_TO =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(FinnishTime.ZONE);

    /** The page as the template shows it. {@code json} is the charts' data, safe inside a script element. */
    public record Page(
            String lang,
            Map<String, String> text,
            String from,
            String to,
            String period,
            String area,
            String team,
            String query,
            List<String> areas,
            List<String> teams,
            boolean suppression,
            List<Panel> panels,
            String json) {

        /** Whether both an area and a team are chosen, so that the page says which one limits the figures. */
        public boolean teamOverArea() {
            return !area.isEmpty() && !team.isEmpty();
        }
    }

    /** One indicator's table: a header per column, a row per period; every cell already as text. */
    public record Panel(String code, String name, String unit, String dataUpTo, List<String> columns, List<Row> rows) {}

    public record Row(String period, List<String> cells) {}

    /** One line of a chart; a null value is a gap (suppressed or no figure), never a 0. */
    record Dataset(String label, List<BigDecimal> values, boolean dashed) {}

    record Chart(String code, String unit, List<String> periods, List<Dataset> overTime, List<Dataset> byArea) {}

    record Charts(String locale, List<Chart> charts) {}

    /** The answers for one indicator: by area (the by-area chart and the area filter) and by team (the team filter). */
    private record Answered(Indicator indicator, AnswerService.Answer byArea, AnswerService.Answer byTeam) {}

    @Inject
    AnswerService answers;

    @Inject
    ObjectMapper json;

    public Page page(Filter filter, String lang, boolean suppression) {
        List<Answered> answered = KEY_INDICATORS.stream()
                .map(i -> new Answered(
                        i,
                        answer(i, filter, Dimension.AREA, suppression),
                        answer(i, filter, Dimension.TEAM, suppression)))
                .toList();
        List<Shown> shown = answered.stream().map(a -> shown(a, filter, lang)).toList();
        Locale locale = Locale.of(lang);
        return new Page(
                lang,
                Text.in(lang),
                filter.from().toString(),
                filter.to().toString(),
                filter.period().name().toLowerCase(),
                filter.area().orElse(""),
                filter.team().orElse(""),
                filter.query(),
                names(answered, Answered::byArea),
                names(answered, Answered::byTeam),
                suppression,
                shown.stream().map(s -> table(s, lang, locale)).toList(),
                scriptSafe(
                        new Charts(lang, shown.stream().map(s -> chart(s, lang)).toList())));
    }

    /**
     * What one indicator's panel shows: the filter's series over time, the targets beside it and every area's series.
     * Targets are set for the indicator as a whole, so they show only beside the whole's figures.
     */
    private record Shown(
            Answered answered,
            List<String> periods,
            String label,
            List<Cell> series,
            List<BigDecimal> targets,
            Map<String, List<Cell>> areas) {

        boolean days() {
            return answered.indicator().measure() == Measure.DAYS;
        }

        boolean targeted() {
            return targets.stream().anyMatch(Objects::nonNull);
        }
    }

    private static Shown shown(Answered a, Filter filter, String lang) {
        AnswerService.Answer scoped = filter.scope().orElse(Dimension.AREA) == Dimension.TEAM ? a.byTeam() : a.byArea();
        List<String> periods = a.byArea().periods();
        List<Cell> series =
                filter.group().map(g -> groupSeries(scoped, periods, g)).orElse(scoped.totals());
        List<BigDecimal> targets = periods.stream()
                .map(p -> filter.group().isPresent()
                        ? null
                        : scoped.targets().stream()
                                .filter(t -> t.period().equals(p))
                                .findFirst()
                                .map(TargetService.Target::value)
                                .orElse(null))
                .toList();
        Map<String, List<Cell>> areas = new LinkedHashMap<>();
        groups(a.byArea()).forEach(area -> areas.put(area, groupSeries(a.byArea(), periods, area)));
        return new Shown(a, periods, filter.group().orElse(Text.TOTAL.label(lang)), series, targets, areas);
    }

    private static Chart chart(Shown s, String lang) {
        List<Dataset> overTime = new ArrayList<>();
        overTime.add(new Dataset(
                s.label(), s.series().stream().map(Dashboard::plotted).toList(), false));
        if (s.days()) {
            overTime.add(new Dataset(
                    Text.P90.label(lang),
                    s.series().stream()
                            .map(c -> c.suppressed() ? null : c.p90())
                            .toList(),
                    true));
        }
        if (s.targeted()) {
            overTime.add(new Dataset(Text.TARGET.label(lang), s.targets(), true));
        }
        List<Dataset> byArea = s.areas().entrySet().stream()
                .map(area -> new Dataset(
                        groupLabel(area.getKey(), lang),
                        area.getValue().stream().map(Dashboard::plotted).toList(),
                        false))
                .toList();
        Indicator indicator = s.answered().indicator();
        return new Chart(indicator.name(), unit(indicator, lang), s.periods(), overTime, byArea);
    }

    private static Panel table(Shown s, String lang, Locale locale) {
        List<String> columns = new ArrayList<>(List.of(s.label()));
        if (s.days()) {
            columns.add(Text.P90.label(lang));
        }
        if (s.targeted()) {
            columns.add(Text.TARGET.label(lang));
        }
        s.areas().keySet().forEach(area -> columns.add(Text.AREA.label(lang) + ": " + groupLabel(area, lang)));
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < s.periods().size(); i++) {
            Cell cell = s.series().get(i);
            List<String> cells = new ArrayList<>(List.of(shown(cell, cell.value(), locale)));
            if (s.days()) {
                cells.add(shown(cell, cell.p90(), locale));
            }
            if (s.targeted()) {
                // A target is kept to two decimals; 45.00 reads as 45.
                cells.add(
                        s.targets().get(i) == null
                                ? NONE
                                : number(s.targets().get(i).stripTrailingZeros(), locale));
            }
            for (List<Cell> area : s.areas().values()) {
                cells.add(shown(area.get(i), area.get(i).value(), locale));
            }
            rows.add(new Row(s.periods().get(i), cells));
        }
        Indicator indicator = s.answered().indicator();
        Instant upTo = s.answered().byArea().dataUpTo();
        return new Panel(
                indicator.name(),
                indicator.label(lang),
                unit(indicator, lang),
                upTo == null ? Text.NO_DATA_YET.label(lang) : UP_TO.format(upTo),
                columns,
                rows);
    }

    /** The answer the CSV download gives: the same figures as the page, by team when a team is chosen, else by area. */
    public AnswerService.Answer csv(Indicator indicator, Filter filter, boolean suppression) {
        return answer(indicator, filter, filter.scope().orElse(Dimension.AREA), suppression);
    }

    private AnswerService.Answer answer(Indicator indicator, Filter filter, Dimension by, boolean suppression) {
        return answers.of(
                AnswerService.Question.of(
                        indicator,
                        filter.from().toString(),
                        filter.to().toString(),
                        filter.period().name(),
                        by.parameter()),
                suppression);
    }

    /**
     * One group's cell for each period; a group without facts in the range has no cells, and shows as a gap rather
     * than as figures the answer never gave.
     */
    private static List<Cell> groupSeries(AnswerService.Answer answer, List<String> periods, String group) {
        return periods.stream()
                .map(p -> answer.rows().stream()
                        .filter(c -> c.period().equals(p) && group.equals(groupOf(c)))
                        .findFirst()
                        .orElse(new Cell(p, group, null, null, null, false)))
                .toList();
    }

    private static SortedSet<String> groups(AnswerService.Answer answer) {
        return answer.rows().stream().map(Dashboard::groupOf).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The cell's group; the unknown (an area or team no event named) is "". */
    private static String groupOf(Cell cell) {
        return Objects.requireNonNullElse(cell.group(), "");
    }

    /** Every area (or team) any key indicator has figures for: the filter's choices; the unknown is no choice. */
    private static List<String> names(List<Answered> answered, Function<Answered, AnswerService.Answer> by) {
        return answered.stream()
                .map(by)
                .flatMap(a -> groups(a).stream())
                .filter(g -> !g.isEmpty())
                .distinct()
                .sorted()
                .toList();
    }

    private static String groupLabel(String group, String lang) {
        return group.isEmpty() ? Text.UNKNOWN.label(lang) : group;
    }

    private static BigDecimal plotted(Cell cell) {
        return cell.suppressed() ? null : cell.value();
    }

    private static String shown(Cell cell, BigDecimal value, Locale locale) {
        return cell.suppressed() ? SUPPRESSED : value == null ? NONE : number(value, locale);
    }

    private static String number(BigDecimal value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(Math.max(0, value.scale()));
        format.setMaximumFractionDigits(Math.max(0, value.scale()));
        return format.format(value);
    }

    private static String unit(Indicator indicator, String lang) {
        return switch (indicator.measure()) {
            case COUNT -> Text.COUNT.label(lang);
            case PATHWAYS -> Text.CLIENTS.label(lang);
            case DAYS -> Text.DAYS.label(lang);
            case MEAN_SCORE -> Text.SCORE.label(lang);
            case COVERAGE -> Text.PER_100_UNEMPLOYED.label(lang);
            case FTE -> Text.FTE.label(lang);
        };
    }

    /**
     * JSON that cannot end the script element it sits in nor open markup: outside strings JSON has no {@code <},
     * {@code >} or {@code &}, and inside them their escapes read the same.
     */
    private String scriptSafe(Object value) {
        try {
            return json.writeValueAsString(value)
                    .replace("<", "\\u003c")
                    .replace(">", "\\u003e")
                    .replace("&", "\\u0026")
                    .replace("\u2028", "\\u2028")
                    .replace("\u2029", "\\u2029");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the dashboard's chart data cannot be written as JSON", e);
        }
    }
}
