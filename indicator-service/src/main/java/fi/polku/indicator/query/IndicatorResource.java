package fi.polku.indicator.query;

import fi.polku.indicator.catalogue.Indicator;
import fi.polku.indicator.targets.TargetService;
import fi.polku.platform.rule.NotFound;
import fi.polku.platform.security.Caller;
import fi.polku.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/indicators/{code}")
@Tag(name = "Indicators")
@RolesAllowed({Role.MANAGER, Role.ANALYST})
public class IndicatorResource {

    private static final MediaType CSV = MediaType.valueOf("text/csv");
    /** The rules of the range parameters, which the dashboard takes as well. */
    public static final String MONTH = "\\d{4}-(0[1-9]|1[0-2])";

    public static final String MONTH_RULE = "must be a month as YYYY-MM";
    public static final String PERIOD = "month|quarter|year";
    public static final String PERIOD_RULE = "must be month, quarter or year";

    @Schema(name = "IndicatorCell")
    public record CellView(
            @Schema(example = "2026-03") String period,

            @Schema(
                    nullable = true,
                    description = "The group's code; null for the unknown or for an ungrouped figure",
                    example = "KELA")
            String group,

            @Schema(nullable = true, description = "The figure; null when suppressed", example = "12")
            BigDecimal value,

            @Schema(nullable = true, description = "90th percentile, for durations; null for other units")
            BigDecimal p90,

            @Schema(
                    nullable = true,
                    description = "How many facts it stands on; not shown for suppressed cells, nor to those without "
                            + "detail for durations and means")
            Long n,

            boolean suppressed) {

        static CellView of(Cell c) {
            return new CellView(
                    c.period(),
                    c.group() == null || c.group().isEmpty() ? null : c.group(),
                    c.value(),
                    c.p90(),
                    c.n(),
                    c.suppressed());
        }
    }

    private static final String FIGURES_EXAMPLE = """
            {"indicator": "REFERRALS_BY_SOURCE", "name": {"fi": "Ohjautuneet asiakkaat lähteittäin",
              "sv": "Hänvisade klienter per källa", "en": "Referrals by source"}, "unit": "count",
             "from": "2026-01", "to": "2026-02", "period": "month", "groupBy": "source",
             "dataUpTo": "2026-02-27T14:03:11Z", "suppression": true,
             "rows": [{"period": "2026-01", "group": "KELA", "value": 12, "p90": null, "n": 12, "suppressed": false},
                      {"period": "2026-01", "group": "SELF", "value": null, "p90": null, "n": null, "suppressed": true},
                      {"period": "2026-02", "group": "KELA", "value": 0, "p90": null, "n": 0, "suppressed": false},
                      {"period": "2026-02", "group": "SELF", "value": 7, "p90": null, "n": 7, "suppressed": false}],
             "totals": [{"period": "2026-01", "group": null, "value": null, "p90": null, "n": null, "suppressed": true},
                        {"period": "2026-02", "group": null, "value": 7, "p90": null, "n": 7, "suppressed": false}],
             "targets": [{"period": "2026-02", "value": 10, "setBy": "p-markku", "setAt": "2026-01-08T09:00:00Z"}]}""";

    @Schema(name = "IndicatorFigures", example = FIGURES_EXAMPLE)
    public record FiguresView(
            String indicator,
            Map<String, String> name,
            String unit,
            String from,
            String to,
            String period,

            @Schema(nullable = true, description = "The dimension grouped by; null for no grouping", example = "source")
            String groupBy,

            @Schema(
                    nullable = true,
                    description = "The newest event time applied from every topic the indicator is counted from; null "
                            + "until events have been applied from each of them")
            Instant dataUpTo,

            @Schema(description = "Whether small cells are suppressed for this caller")
            boolean suppression,

            List<CellView> rows,
            List<CellView> totals,

            @Schema(description = "The targets set for the periods shown")
            List<TargetService.Target> targets) {}

    @Inject
    AnswerService answers;

    @Inject
    Caller caller;

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(
            summary = "An indicator's figures",
            description = "By month, quarter or year, optionally grouped by one "
                    + "dimension; every period shows, empty ones as 0, and a range covers whole periods. For everyone but "
                    + "analysts, figures standing on 1–4 facts are suppressed (null, or <5 in CSV), and so is whatever would "
                    + "give them away through a total.")
    @APIResponse(
            responseCode = "200",
            description = "The figures",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FiguresView.class)),
                @Content(mediaType = "text/csv", examples = @ExampleObject(name = "CSV", value = """
                        period,group,value,p90,n
                        2026-01,KELA,12,,12
                        2026-01,SELF,<5,,
                        2026-01,TOTAL,<5,,"""))
            })
    @APIResponse(
            responseCode = "400",
            description = "A parameter is malformed, the range reversed, over ten years or "
                    + "not whole quarters or years as the period asks, or the indicator cannot be grouped so; the parameter is "
                    + "named")
    @APIResponse(responseCode = "404", description = "No such indicator")
    public Response figures(
            @PathParam("code") String code,
            @Parameter(description = "First month, YYYY-MM", example = "2026-01")
                    @QueryParam("from")
                    @NotNull
                    @Pattern(regexp = MONTH, message = MONTH_RULE)
                    String from,
            @Parameter(description = "Last month, YYYY-MM, included", example = "2026-12")
                    @QueryParam("to")
                    @NotNull
                    @Pattern(regexp = MONTH, message = MONTH_RULE)
                    String to,
            @Parameter(description = "month, quarter or year", example = "quarter")
                    @QueryParam("period")
                    @DefaultValue("month")
                    @Pattern(regexp = PERIOD, message = PERIOD_RULE)
                    String period,
            @Parameter(description = "One of the indicator's dimensions", example = "source") @QueryParam("groupBy")
                    String groupBy,
            @Context HttpHeaders headers) {
        Indicator indicator = Indicator.byCode(code).orElseThrow(() -> new NotFound("No indicator " + code));
        AnswerService.Answer answer = answers.of(
                AnswerService.Question.of(indicator, from, to, period, groupBy), !caller.hasRole(Role.ANALYST));
        if (headers.getAcceptableMediaTypes().stream()
                .findFirst()
                .filter(CSV::isCompatible)
                .filter(type -> !type.isWildcardType())
                .isPresent()) {
            return Response.ok(FiguresCsv.of(answer), FiguresCsv.MEDIA_TYPE).build();
        }
        return Response.ok(
                        new FiguresView(
                                indicator.name(),
                                indicator.labelsByLanguage(),
                                indicator.unit(),
                                from,
                                to,
                                period,
                                groupBy,
                                answer.dataUpTo(),
                                answer.suppression(),
                                answer.rows().stream().map(CellView::of).toList(),
                                answer.totals().stream().map(CellView::of).toList(),
                                answer.targets()),
                        MediaType.APPLICATION_JSON_TYPE)
                .build();
    }
}
