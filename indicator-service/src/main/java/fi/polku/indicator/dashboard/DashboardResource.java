package fi.polku.indicator.dashboard;

import fi.polku.indicator.catalogue.Indicator;
import fi.polku.indicator.query.FiguresCsv;
import fi.polku.indicator.query.IndicatorResource;
import fi.polku.platform.FinnishTime;
import fi.polku.platform.rule.NotFound;
import fi.polku.platform.security.Caller;
import fi.polku.platform.security.Role;
import fi.polku.platform.validation.SingleLine;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.YearMonth;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The management dashboard, a page for a browser. Like the API it takes a bearer token: in production the ingress'
 * OIDC proxy signs the user in and passes their token on.
 */
@Path("/dashboard")
@Tag(name = "Dashboard", description = "The management dashboard: pages for a browser, not an API")
@RolesAllowed({Role.MANAGER, Role.ANALYST})
public class DashboardResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(Dashboard.Page page);
    }

    @Inject
    Dashboard dashboard;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(
            summary = "The management dashboard",
            description = "The key indicators over time and by area as "
                    + "charts and as a table, for whole months, quarters or years, for all areas or one area or team, in "
                    + "Finnish, Swedish or English, with a CSV download of each. Suppressed for everyone but analysts, as the "
                    + "indicator API is: a suppressed figure shows as <5 and as a gap in a chart.")
    @APIResponse(
            responseCode = "200",
            description = "The page",
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(
            responseCode = "400",
            description =
                    "A parameter is malformed, or the range reversed or over ten " + "years; the parameter is named")
    public TemplateInstance page(
            @Valid @BeanParam FilterParams filter,
            @Parameter(description = "fi, sv or en", example = "sv")
                    @QueryParam("lang")
                    @DefaultValue("fi")
                    @Pattern(regexp = "fi|sv|en", message = "must be fi, sv or en")
                    String lang) {
        return Templates.dashboard(dashboard.page(filter.filter(thisMonth()), lang, suppressed()));
    }

    @GET
    @Path("/{code}.csv")
    @Produces("text/csv")
    @Operation(
            summary = "One indicator's dashboard figures as CSV",
            description = "The figures the dashboard shows "
                    + "for the indicator: by area, or by team when a team is chosen, totals last; a suppressed figure reads "
                    + "<5. The same file as the indicator API's CSV, as an attachment, for a link in a browser.")
    @APIResponse(
            responseCode = "200",
            description = "The CSV file",
            content = @Content(mediaType = "text/csv", examples = @ExampleObject(name = "By area", value = """
                    period,group,value,p90,n
                    2026-01,Oulun seutu,12,,12
                    2026-01,Koillismaa,<5,,
                    2026-01,TOTAL,15,,15""")))
    @APIResponse(
            responseCode = "400",
            description =
                    "A parameter is malformed, or the range reversed or over ten " + "years; the parameter is named")
    @APIResponse(responseCode = "404", description = "No such indicator")
    public Response csv(@PathParam("code") String code, @Valid @BeanParam FilterParams filter) {
        Indicator indicator = Indicator.byCode(code).orElseThrow(() -> new NotFound("No indicator " + code));
        return Response.ok(
                        FiguresCsv.of(dashboard.csv(indicator, filter.filter(thisMonth()), suppressed())),
                        FiguresCsv.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + indicator.name() + ".csv\"")
                .build();
    }

    private boolean suppressed() {
        return !caller.hasRole(Role.ANALYST);
    }

    private YearMonth thisMonth() {
        return YearMonth.from(FinnishTime.today(clock));
    }

    /** The filter's query parameters, as the page's form sends them and the page's links keep them. */
    public static class FilterParams {

        @Parameter(
                description = "First month, YYYY-MM; widened to the start of its period. Default: eleven months "
                        + "before `to`",
                example = "2026-01")
        @QueryParam("from")
        @Pattern(regexp = IndicatorResource.MONTH, message = IndicatorResource.MONTH_RULE)
        String from;

        @Parameter(
                description = "Last month, YYYY-MM, included; widened to the end of its period. Default: this month",
                example = "2026-12")
        @QueryParam("to")
        @Pattern(regexp = IndicatorResource.MONTH, message = IndicatorResource.MONTH_RULE)
        String to;

        @Parameter(description = "month, quarter or year", example = "quarter")
        @QueryParam("period")
        @DefaultValue("month")
        @Pattern(regexp = IndicatorResource.PERIOD, message = IndicatorResource.PERIOD_RULE)
        String period;

        @Parameter(description = "Only this area's figures; empty for all", example = "Oulun seutu")
        @QueryParam("area")
        @SingleLine
        @Size(max = 200)
        String area;

        @Parameter(
                description = "Only this team's figures; empty for all. A team chosen wins over an area",
                example = "Oulu keskusta")
        @QueryParam("team")
        @SingleLine
        @Size(max = 200)
        String team;

        Filter filter(YearMonth thisMonth) {
            return Filter.of(from, to, period, area, team, thisMonth);
        }
    }
}
