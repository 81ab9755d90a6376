package fi.polku.team.workload;

import fi.polku.platform.paging.QueryParams;
import fi.polku.platform.security.Role;
import fi.polku.team.network.NetworkService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Counts only: no client is named, so nothing here is access-logged. */
@Path("/api/v1/workload")
@Tag(name = "Workload")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.TEAM_ADMIN, Role.MANAGER, Role.ANALYST})
public class WorkloadResource {

    @Inject
    Workload workload;

    @GET
    @Path("/teams")
    @Operation(
            summary = "Open client teams per FTE, by team or area",
            description = "Active teams: headcount and FTE "
                    + "as the staff resources count them, the open client teams and waiting pathways of the team's clients, and "
                    + "open client teams per FTE (null where there is no FTE).")
    @APIResponse(responseCode = "200", description = "One line per team or area")
    @APIResponse(responseCode = "400", description = "A parameter is malformed; it is named")
    public List<Workload.TeamLoad> teams(
            @Parameter(description = "TEAM or AREA", example = "AREA") @QueryParam("groupBy") @DefaultValue("TEAM")
                    String groupBy,
            @Parameter(description = "One area, any case", example = "Oulu")
                    @QueryParam("area")
                    @Size(min = 1, max = 100)
                    String area) {
        return workload.teams(
                QueryParams.enumValue("groupBy", groupBy, NetworkService.StaffGrouping.class)
                        .orElse(NetworkService.StaffGrouping.TEAM),
                Optional.ofNullable(area));
    }

    @GET
    @Path("/teams/{teamId}/professionals")
    @Operation(
            summary = "Each professional's load in a team",
            description = "Active professionals of the standing "
                    + "team: the open client teams they are on (in any team) and how many of them they coordinate.")
    @APIResponse(responseCode = "200", description = "One line per professional, by name")
    @APIResponse(responseCode = "404", description = "No such team")
    public List<Workload.ProfessionalLoad> professionals(@PathParam("teamId") UUID teamId) {
        return workload.professionals(teamId);
    }
}
