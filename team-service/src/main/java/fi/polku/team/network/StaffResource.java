package fi.polku.team.network;

import fi.polku.platform.paging.QueryParams;
import fi.polku.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** How many professionals do the work, and how much of their time: the question the counties could not answer. */
@Path("/api/v1/staff-resources")
@Tag(name = "Staff resources", description = "Headcount and FTE by team or area, profession and organisation")
@Produces(MediaType.APPLICATION_JSON)
public class StaffResource {

    @Inject
    NetworkService network;

    @GET
    @RolesAllowed({Role.TEAM_ADMIN, Role.MANAGER, Role.ANALYST})
    @Operation(
            summary = "Staff resources",
            description = "Active professionals in active teams. A professional in several teams counts in each, "
                    + "with their FTE divided evenly among them; per area they count once.")
    @APIResponse(responseCode = "200", description = "One line per team (or area), profession and organisation")
    @APIResponse(responseCode = "400", description = "A parameter is malformed; it is named")
    public List<NetworkService.StaffLine> staff(
            @Parameter(description = "TEAM or AREA", example = "TEAM") @QueryParam("groupBy") @DefaultValue("TEAM")
                    String groupBy,
            @Parameter(description = "One area, any case", example = "Oulu")
                    @QueryParam("area")
                    @Size(min = 1, max = 100)
                    String area) {
        return network.staff(
                QueryParams.enumValue("groupBy", groupBy, NetworkService.StaffGrouping.class)
                        .orElse(NetworkService.StaffGrouping.TEAM),
                Optional.ofNullable(area));
    }
}
