package fi.polku.indicator.dashboard;

import fi.polku.indicator.query.IndicatorResource;
import fi.polku.platform.validation.SingleLine;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.time.YearMonth;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filter's query parameters, as the page's form sends them and the page's links keep them. */
public class FilterParams {

    @Parameter(
            description =
                    "First month, YYYY-MM; widened to the start of its period. Default: eleven months " + "before `to`",
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
