package fi.polku.indicator.reference;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The reference data sets that can be imported, each with the header its CSV must have. */
public enum Dataset {
    MUNICIPALITIES("municipalities", "municipality_code", "name_fi", "name_sv", "county_code", "county_name"),
    UNEMPLOYED_JOB_SEEKERS("unemployed-job-seekers", "municipality_code", "month", "job_seekers"),
    REGIONAL_STATISTICS("regional-statistics", "statistic", "region_code", "year", "value");

    private final String path;
    private final List<String> header;

    Dataset(String path, String... header) {
        this.path = path;
        this.header = List.of(header);
    }

    public static Optional<Dataset> byPath(String path) {
        return Arrays.stream(values()).filter(d -> d.path.equals(path)).findFirst();
    }

    public String path() {
        return path;
    }

    public List<String> header() {
        return header;
    }
}
