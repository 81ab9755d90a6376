package fi.polku.indicator.targets;

import fi.polku.indicator.catalogue.Indicator;
import fi.polku.platform.rule.InvalidField;
import fi.polku.platform.rule.NotFound;
import fi.polku.platform.security.Caller;
import fi.polku.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/indicators/{code}/targets")
@Tag(name = "Indicators")
@Produces(MediaType.APPLICATION_JSON)
public class TargetResource {

    /** A month, a quarter or a year, as the figures label their periods. */
    private static final String PERIOD = "\\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?";

    @Schema(name = "IndicatorTargetRequest")
    public record TargetRequest(
            @Schema(example = "45")
            @NotNull
            @DecimalMin("0")
            @DecimalMax("999999999")
            @Digits(integer = 9, fraction = 2)
            BigDecimal value) {}

    @Inject
    TargetService targets;

    @Inject
    Caller caller;

    @PUT
    @Path("/{period}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.MANAGER)
    @Operation(
            summary = "Set the indicator's target for a period",
            description = "A month (2026-03), a quarter "
                    + "(2026-Q1) or a year (2026), as the figures label their periods; setting it again replaces it.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "A quarter's target", value = """
            {"value": 45}""")))
    @APIResponse(responseCode = "200", description = "The target as set")
    @APIResponse(responseCode = "400", description = "The period or the value is malformed; it is named")
    @APIResponse(responseCode = "404", description = "No such indicator")
    public TargetService.Target set(
            @PathParam("code") String code, @PathParam("period") String period, @Valid @NotNull TargetRequest request) {
        Indicator indicator = indicator(code);
        if (!period.matches(PERIOD)) {
            throw new InvalidField("period", "must be a month (2026-03), a quarter (2026-Q1) or a year");
        }
        return targets.set(indicator, period, request.value(), caller.id());
    }

    @GET
    @RolesAllowed({Role.MANAGER, Role.ANALYST})
    @Operation(summary = "The indicator's targets", description = "Every period's target, by period.")
    @APIResponse(responseCode = "200", description = "The targets")
    @APIResponse(responseCode = "404", description = "No such indicator")
    public List<TargetService.Target> list(@PathParam("code") String code) {
        return targets.of(indicator(code), List.of());
    }

    private static Indicator indicator(String code) {
        return Indicator.byCode(code).orElseThrow(() -> new NotFound("No indicator " + code));
    }
}
