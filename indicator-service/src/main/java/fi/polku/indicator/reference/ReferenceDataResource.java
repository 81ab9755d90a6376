package fi.polku.indicator.reference;

import fi.polku.platform.rule.InvalidField;
import fi.polku.platform.rule.NotFound;
import fi.polku.platform.security.Caller;
import fi.polku.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Tag(name = "Reference data")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.MANAGER, Role.ANALYST})
public class ReferenceDataResource {

    private static final String SERIES_EXAMPLE = """
            {"statistic": "NEET_YOUTH_SHARE", "name": {"fi": "Koulutuksen ja työn ulkopuolella olevat nuoret",
              "sv": "Unga utanför utbildning och arbete", "en": "Young people not in education, employment or training (NEET)"},
              "unit": "% of 15–29-year-olds", "publisher": "Statistics Finland",
              "values": [{"region": "564", "regionName": "Oulu", "year": 2025, "value": 9.8}]}""";

    @Schema(name = "RegionalStatisticSeries", example = SERIES_EXAMPLE)
    public record Series(
            @Schema(example = "NEET_YOUTH_SHARE") String statistic,
            Map<String, String> name,
            @Schema(example = "% of 15–29-year-olds") String unit,
            @Schema(example = "Statistics Finland") String publisher,
            List<Value> values) {}

    @Schema(name = "RegionalStatisticValue")
    public record Value(
            @Schema(example = "564") String region,

            @Schema(
                    nullable = true,
                    description = "The municipality's or county's name as last imported; null for a county code no "
                            + "municipality names any more",
                    example = "Oulu")
            String regionName,

            @Schema(example = "2025") int year,
            @Schema(example = "9.8") BigDecimal value) {}

    private static final MediaType CSV = MediaType.valueOf("text/csv");

    @Inject
    ReferenceDataService data;

    @Inject
    Caller caller;

    @PUT
    @Path("/reference-data/{dataset}")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Role.ANALYST)
    @Operation(
            summary = "Import a reference data set from CSV",
            description = "municipalities "
                    + "(municipality_code,name_fi,name_sv,county_code,county_name), unemployed-job-seekers "
                    + "(municipality_code,month,job_seekers: the employment bulletin's count at the end of the month) or "
                    + "regional-statistics (statistic,region_code,year,value). The whole file is checked before anything is "
                    + "written; a row whose key exists is replaced. Municipalities come first: the others name them.")
    @RequestBody(
            content = @Content(mediaType = "text/csv", examples = @ExampleObject(name = "Job seekers", value = """
            municipality_code,month,job_seekers
            564,2026-01,9120
            564,2026-02,9034""")))
    @APIResponse(responseCode = "200", description = "Imported")
    @APIResponse(
            responseCode = "400",
            description = "The header, or a field of a line, breaks its rule; the line and "
                    + "column are named and nothing is written")
    @APIResponse(responseCode = "404", description = "No such data set")
    @APIResponse(responseCode = "415", description = "The body is not text/csv")
    public ReferenceDataService.Import load(
            @PathParam("dataset") String dataset, @HeaderParam("Content-Type") String type, @NotNull String csv) {
        // Any type is taken in and refused here, so that a caller without the role hears 403 before the type's 415.
        if (!csv(type)) {
            throw new NotSupportedException("The body must be text/csv");
        }
        Dataset set = Dataset.byPath(dataset)
                .orElseThrow(() -> new NotFound("No reference data set " + dataset + "; there are "
                        + Arrays.stream(Dataset.values()).map(Dataset::path).toList()));
        return data.load(set, csv, caller.id());
    }

    private static boolean csv(String type) {
        try {
            return type != null
                    && MediaType.valueOf(type).isCompatible(CSV)
                    && !MediaType.valueOf(type).isWildcardType();
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    @GET
    @Path("/reference-data/imports")
    @Operation(summary = "The imports of reference data", description = "The last hundred, newest first.")
    @APIResponse(responseCode = "200", description = "The imports")
    public List<ReferenceDataService.Import> imports() {
        return data.imports();
    }

    @GET
    @Path("/reference-data/municipalities")
    @Operation(summary = "The county's municipalities", description = "As last imported.")
    @APIResponse(responseCode = "200", description = "The municipalities")
    public List<ReferenceDataService.Municipality> municipalities() {
        return data.municipalities();
    }

    @GET
    @Path("/regional-statistics")
    @Operation(
            summary = "Regional statistics",
            description = "Each regional statistic's yearly values per "
                    + "municipality and county, from public statistics, to show beside the county's own figures. Public "
                    + "figures: nothing is suppressed.")
    @APIResponse(responseCode = "200", description = "The series")
    @APIResponse(responseCode = "400", description = "A year is out of range or reversed")
    public List<Series> statistics(
            @Parameter(description = "First year", example = "2020") @QueryParam("from") @NotNull @Min(1990) @Max(2100)
                    Integer from,
            @Parameter(description = "Last year, included", example = "2026")
                    @QueryParam("to")
                    @NotNull
                    @Min(1990)
                    @Max(2100)
                    Integer to) {
        if (to < from) {
            throw new InvalidField("to", "must not be before from");
        }
        List<ReferenceDataService.Municipality> municipalities = data.municipalities();
        Map<String, String> names = municipalities.stream()
                .collect(Collectors.toMap(
                        ReferenceDataService.Municipality::code, ReferenceDataService.Municipality::nameFi));
        municipalities.forEach(m -> names.putIfAbsent(m.countyCode(), m.countyName()));
        Map<String, List<ReferenceDataService.StatisticValue>> byStatistic = data.statistics(from, to).stream()
                .collect(Collectors.groupingBy(ReferenceDataService.StatisticValue::statistic));
        return Arrays.stream(RegionalStatistic.values())
                .filter(s -> byStatistic.containsKey(s.name()))
                .map(s -> new Series(
                        s.name(),
                        s.labelsByLanguage(),
                        s.unit(),
                        s.publisher(),
                        byStatistic.get(s.name()).stream()
                                .map(v -> new Value(v.regionCode(), names.get(v.regionCode()), v.year(), v.value()))
                                .toList()))
                .toList();
    }
}
