package fi.polku.indicator.catalogue;

import fi.polku.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/indicators")
@Tag(name = "Indicators")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.MANAGER, Role.ANALYST})
public class CatalogueResource {

    private static final String DEFINITION_EXAMPLE = """
            {"code": "TEAM_WAITING_DAYS", "name": {"fi": "Odotusaika tiimiin", "sv": "Väntetid till teamet",
              "en": "Days waiting for a team"},
              "definition": "Calendar days from a pathway's opening (the referral accepted) to its client team's assembly: median and 90th percentile.",
              "unit": "days", "dimensions": ["area", "team", "municipality", "ageGroup", "source"],
              "sourceEvents": ["fi.polku.team.assembled.v1"]}""";

    @Schema(name = "IndicatorDefinition", example = DEFINITION_EXAMPLE)
    public record Definition(
            @Schema(example = "TEAM_WAITING_DAYS") String code,

            @Schema(
                    example =
                            "{\"fi\": \"Odotusaika tiimiin\", \"sv\": \"Väntetid till teamet\", \"en\": \"Days waiting for a team\"}")
            Map<String, String> name,

            String definition,
            @Schema(example = "days") String unit,

            @Schema(description = "The groupBy values it takes")
            List<String> dimensions,

            List<String> sourceEvents) {

        static Definition of(Indicator i) {
            return new Definition(
                    i.name(),
                    i.labelsByLanguage(),
                    i.definition(),
                    i.unit(),
                    i.dimensions().stream().map(Dimension::parameter).toList(),
                    i.sourceEvents());
        }
    }

    @GET
    @Operation(
            summary = "The indicator catalogue",
            description = "Every indicator: its code, name in fi/sv/en, "
                    + "definition, unit, the dimensions it can be grouped by and the events it is counted from.")
    @APIResponse(responseCode = "200", description = "The catalogue")
    public List<Definition> catalogue() {
        return Arrays.stream(Indicator.values()).map(Definition::of).toList();
    }
}
