package fi.polku.indicator.reference;

import fi.polku.platform.persistence.NativeValues;
import fi.polku.platform.rule.InvalidField;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Imports reference data and reads it back. An import is checked whole before anything is written, and then written
 * in one transaction: a file with one bad line changes nothing. A row whose key is there already is replaced, so a
 * corrected or extended file can be imported again.
 */
@ApplicationScoped
public class ReferenceDataService {

    static final int MAX_ROWS = 100_000;
    private static final String MUNICIPALITY_CODE = "\\d{3}";
    private static final String COUNTY_CODE = "[A-Z0-9]{2,10}";

    private static final String IMPORT_EXAMPLE = """
            {"id": "0d4b5f7e-2c1a-4e8b-9f3d-6a7b8c9d0e1f", "dataset": "unemployed-job-seekers",
             "rows": 2, "importedBy": "p-anni", "importedAt": "2026-11-30T10:00:00Z"}""";
    private static final String MUNICIPALITY_EXAMPLE = """
            {"code": "564", "nameFi": "Oulu", "nameSv": "Uleåborg", "countyCode": "HV17",
             "countyName": "Pohjois-Pohjanmaan hyvinvointialue"}""";

    /** An import as recorded. */
    @Schema(example = IMPORT_EXAMPLE)
    public record Import(UUID id, String dataset, int rows, String importedBy, Instant importedAt) {}

    /** A municipality of the county's reference data. */
    @Schema(example = MUNICIPALITY_EXAMPLE)
    public record Municipality(
            String code,
            String nameFi,

            @Schema(nullable = true, description = "The Swedish name; null where the import gave none")
            String nameSv,

            String countyCode,
            String countyName) {}

    /** One regional statistic's yearly value in a region. */
    public record StatisticValue(String statistic, String regionCode, int year, BigDecimal value) {}

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional
    public Import load(Dataset dataset, String csv, String actor) {
        List<List<String>> records = Csv.parse(csv);
        if (records.isEmpty()
                || !records.getFirst().stream().map(String::trim).toList().equals(dataset.header())) {
            throw new InvalidField("header", "must be " + String.join(",", dataset.header()));
        }
        List<List<String>> rows = records.subList(1, records.size());
        if (rows.isEmpty() || rows.size() > MAX_ROWS) {
            throw new InvalidField("body", "must have from 1 to " + MAX_ROWS + " rows after the header");
        }
        List<Runnable> writes = new ArrayList<>(rows.size());
        Set<String> municipalities = codes("select code from municipality");
        Set<String> counties = codes("select distinct county_code from municipality");
        Set<List<String>> keys = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            Line line = new Line(i + 2, rows.get(i), dataset.header());
            if (!keys.add(line.key(dataset))) {
                throw new InvalidField(
                        line.name(dataset.header().getFirst()), "repeats a row given on an earlier line");
            }
            switch (dataset) {
                case MUNICIPALITIES -> writes.add(municipality(line));
                case UNEMPLOYED_JOB_SEEKERS -> writes.add(jobSeekers(line, municipalities));
                case REGIONAL_STATISTICS -> writes.add(statistic(line, municipalities, counties));
            }
        }
        writes.forEach(Runnable::run);
        Import done = new Import(UUID.randomUUID(), dataset.path(), rows.size(), actor, clock.instant());
        em.createNativeQuery("""
                insert into reference_import (id, dataset, rows, imported_by, imported_at) values (?1, ?2, ?3, ?4, ?5)""")
                .setParameter(1, done.id())
                .setParameter(2, done.dataset())
                .setParameter(3, done.rows())
                .setParameter(4, done.importedBy())
                .setParameter(5, done.importedAt())
                .executeUpdate();
        return done;
    }

    private Runnable municipality(Line line) {
        String code = line.text("municipality_code", MUNICIPALITY_CODE, "must be a municipality code of three digits");
        String nameFi = line.text("name_fi", ".{1,100}", "must be a name of 1 to 100 characters");
        String nameSv = line.text("name_sv", ".{0,100}", "must be at most 100 characters");
        String county = line.text("county_code", COUNTY_CODE, "must be 2 to 10 capital letters or digits");
        String countyName = line.text("county_name", ".{1,100}", "must be a name of 1 to 100 characters");
        return () -> em.createNativeQuery("""
                insert into municipality (code, name_fi, name_sv, county_code, county_name) values (?1, ?2, ?3, ?4, ?5)
                on conflict (code) do update set name_fi = excluded.name_fi, name_sv = excluded.name_sv,
                    county_code = excluded.county_code, county_name = excluded.county_name""")
                .setParameter(1, code)
                .setParameter(2, nameFi)
                .setParameter(3, nameSv.isEmpty() ? null : nameSv)
                .setParameter(4, county)
                .setParameter(5, countyName)
                .executeUpdate();
    }

    private Runnable jobSeekers(Line line, Set<String> municipalities) {
        String code = line.text("municipality_code", MUNICIPALITY_CODE, "must be a municipality code of three digits");
        if (!municipalities.contains(code)) {
            throw new InvalidField(
                    line.name("municipality_code"), "must be a municipality imported in municipalities first");
        }
        YearMonth month = line.month("month");
        long count = line.whole("job_seekers", 10_000_000);
        return () -> em.createNativeQuery("""
                insert into unemployed_job_seekers (municipality_code, month, job_seekers) values (?1, ?2, ?3)
                on conflict (municipality_code, month) do update set job_seekers = excluded.job_seekers""")
                .setParameter(1, code)
                .setParameter(2, month.atDay(1))
                .setParameter(3, (int) count)
                .executeUpdate();
    }

    private Runnable statistic(Line line, Set<String> municipalities, Set<String> counties) {
        String code = line.text("statistic", "[A-Z0-9_]{1,60}", "must be one of the regional statistics' codes");
        RegionalStatistic statistic;
        try {
            statistic = RegionalStatistic.valueOf(code);
        } catch (IllegalArgumentException e) {
            throw new InvalidField(
                    line.name("statistic"), "must be one of " + Arrays.toString(RegionalStatistic.values()));
        }
        String region = line.text("region_code", "\\d{3}|" + COUNTY_CODE, "must be a municipality or county code");
        if (!municipalities.contains(region) && !counties.contains(region)) {
            throw new InvalidField(
                    line.name("region_code"), "must be a municipality or county imported in municipalities first");
        }
        int year = (int) line.whole("year", 2100);
        if (year < 1990) {
            throw new InvalidField(line.name("year"), "must be a year from 1990 to 2100");
        }
        BigDecimal value = line.decimal("value");
        return () -> em.createNativeQuery("""
                insert into regional_statistic (statistic, region_code, year, value) values (?1, ?2, ?3, ?4)
                on conflict (statistic, region_code, year) do update set value = excluded.value""")
                .setParameter(1, statistic.name())
                .setParameter(2, region)
                .setParameter(3, year)
                .setParameter(4, value)
                .executeUpdate();
    }

    private Set<String> codes(String query) {
        @SuppressWarnings("unchecked")
        List<String> codes = em.createNativeQuery(query).getResultList();
        return new HashSet<>(codes);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Municipality> municipalities() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select code, name_fi, name_sv, county_code, county_name from municipality order by code")
                .getResultList();
        return rows.stream()
                .map(r -> new Municipality((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4]))
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Import> imports() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select id, dataset, rows, imported_by, imported_at from reference_import
                order by imported_at desc limit 100""").getResultList();
        return rows.stream()
                .map(r -> new Import(
                        (UUID) r[0],
                        (String) r[1],
                        ((Number) r[2]).intValue(),
                        (String) r[3],
                        NativeValues.instant(r[4])))
                .toList();
    }

    /** The statistics' yearly values from {@code from} to {@code to}, by statistic, region and year. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StatisticValue> statistics(int from, int to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select statistic, region_code, year, value from regional_statistic where year between ?1 and ?2
                order by statistic, region_code, year""")
                .setParameter(1, from)
                .setParameter(2, to)
                .getResultList();
        return rows.stream()
                .map(r ->
                        new StatisticValue((String) r[0], (String) r[1], ((Number) r[2]).intValue(), (BigDecimal) r[3]))
                .toList();
    }

    /**
     * Unemployed job seekers per municipality for each month from {@code from} to {@code to} that has them:
     * municipality → month → count.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Map<YearMonth, Integer>> jobSeekers(YearMonth from, YearMonth to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select municipality_code, month, job_seekers from unemployed_job_seekers
                where month between ?1 and ?2""")
                .setParameter(1, from.atDay(1))
                .setParameter(2, to.atDay(1))
                .getResultList();
        Map<String, Map<YearMonth, Integer>> counts = new TreeMap<>();
        for (Object[] r : rows) {
            LocalDate month = NativeValues.day(r[1]);
            counts.computeIfAbsent((String) r[0], m -> new TreeMap<>())
                    .put(YearMonth.from(month), ((Number) r[2]).intValue());
        }
        return counts;
    }

    /** One CSV line, with each field checked and any error naming the line and the column. */
    private record Line(int number, List<String> fields, List<String> header) {

        Line {
            if (fields.size() != header.size()) {
                throw new InvalidField(
                        "line " + number, "must have " + header.size() + " fields, not " + fields.size());
            }
        }

        String name(String column) {
            return "line " + number + ": " + column;
        }

        String raw(String column) {
            return fields.get(header.indexOf(column)).trim();
        }

        List<String> key(Dataset dataset) {
            return switch (dataset) {
                case MUNICIPALITIES -> List.of(raw("municipality_code"));
                case UNEMPLOYED_JOB_SEEKERS -> List.of(raw("municipality_code"), raw("month"));
                case REGIONAL_STATISTICS -> List.of(raw("statistic"), raw("region_code"), raw("year"));
            };
        }

        String text(String column, String pattern, String rule) {
            String value = raw(column);
            if (!value.matches(pattern) || value.chars().anyMatch(Character::isISOControl)) {
                throw new InvalidField(name(column), rule);
            }
            return value;
        }

        YearMonth month(String column) {
            try {
                YearMonth month = YearMonth.parse(text(column, "\\d{4}-\\d{2}", "must be a month as YYYY-MM"));
                if (month.getYear() < 1990 || month.getYear() > 2100) {
                    throw new InvalidField(name(column), "must be a month from 1990 to 2100");
                }
                return month;
            } catch (DateTimeParseException e) {
                throw new InvalidField(name(column), "must be a month as YYYY-MM");
            }
        }

        long whole(String column, long max) {
            String value = text(column, "\\d{1,10}", "must be a whole number from 0 to " + max);
            long number = Long.parseLong(value);
            if (number > max) {
                throw new InvalidField(name(column), "must be a whole number from 0 to " + max);
            }
            return number;
        }

        BigDecimal decimal(String column) {
            String value = text(
                    column,
                    "-?\\d{1,10}(\\.\\d{1,2})?",
                    "must be a number with at most two decimals, " + "a point as the decimal separator");
            return new BigDecimal(value);
        }
    }
}
