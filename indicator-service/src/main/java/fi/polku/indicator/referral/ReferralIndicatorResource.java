package fi.polku.indicator.referral;

import fi.polku.platform.security.Role;
import fi.polku.events.ReferralSource;
import fi.polku.indicator.query.IndicatorResource;
import fi.polku.platform.problem.Problem;
import fi.polku.platform.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/indicators/referrals")
@Tag(name = "Indicators", description = "Management indicators")
@Produces(MediaType.APPLICATION_JSON)
public class ReferralIndicatorResource {


    private final ReferralCounts counts;

    ReferralIndicatorResource(ReferralCounts counts) {
        this.counts = counts;
    }

    @Schema(name = "ReferralSourceCount")
    public record SourceCount(@Schema(example = "EMPLOYMENT_SERVICES") ReferralSource source,
            @Schema(example = "{\"fi\": \"TE-palvelut\", \"sv\": \"TE-tjänster\", \"en\": \"Employment services\"}")
            Map<String, String> label,
            @Schema(example = "42") long referrals) {
    }

    @Schema(name = "MonthCount")
    public record MonthCount(@Schema(example = "2026-03") String month, @Schema(example = "17") long referrals) {
    }

    @Schema(name = "ReferralIndicator", description = "Received referrals in a period")
    public record ReferralIndicator(@Schema(example = "2026-01") String from, @Schema(example = "2026-12") String to,
            @Schema(example = "57") long total, List<SourceCount> bySource, List<MonthCount> byMonth) {
    }

    @GET
    @RolesAllowed(Role.ANALYST)
    @Operation(summary = "Received referrals by source and month",
            description = "Counts every referral received in the period, including months and sources with none.")
    @APIResponse(responseCode = "200", description = "The indicator",
            content = @Content(schema = @Schema(implementation = ReferralIndicator.class),
                    examples = @ExampleObject(name = "A quarter", value = """
                            {"from": "2026-01", "to": "2026-03", "total": 3,
                             "bySource": [{"source": "EMPLOYMENT_SERVICES", "label": {"fi": "TE-palvelut",
                               "sv": "TE-tjänster", "en": "Employment services"}, "referrals": 3}],
                             "byMonth": [{"month": "2026-01", "referrals": 1}, {"month": "2026-02", "referrals": 0},
                               {"month": "2026-03", "referrals": 2}]}""")))
    @APIResponse(responseCode = "400", description = "A month is malformed or the period is reversed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReferralIndicator referrals(
            @Parameter(description = "First month, YYYY-MM", example = "2026-01")
            @QueryParam("from") @NotNull
            @Pattern(regexp = IndicatorResource.MONTH, message = IndicatorResource.MONTH_RULE) String from,
            @Parameter(description = "Last month, YYYY-MM, included", example = "2026-12")
            @QueryParam("to") @NotNull
            @Pattern(regexp = IndicatorResource.MONTH, message = IndicatorResource.MONTH_RULE) String to) {
        YearMonth first = YearMonth.parse(from);
        YearMonth last = YearMonth.parse(to);
        if (last.isBefore(first)) {
            throw ProblemException.invalidField("to", "must not be before from");
        }
        if (first.plusYears(10).isBefore(last)) {
            throw ProblemException.invalidField("to", "the period may span at most ten years");
        }
        ReferralSummary summary = counts.summarise(first, last);
        List<SourceCount> bySource = Arrays.stream(ReferralSource.values())
                .map(s -> new SourceCount(s, Map.of("fi", s.label("fi"), "sv", s.label("sv"), "en", s.label("en")),
                        summary.bySource().getOrDefault(s, 0L)))
                .toList();
        List<MonthCount> byMonth = Stream.iterate(first, m -> !m.isAfter(last), m -> m.plusMonths(1))
                .map(m -> new MonthCount(m.toString(), summary.byMonth().getOrDefault(m, 0L)))
                .toList();
        return new ReferralIndicator(from, to, summary.total(), bySource, byMonth);
    }
}
