package fi.polku.team.workload;

import fi.polku.platform.accesslog.AccessLogged;
import fi.polku.platform.accesslog.ClientData;
import fi.polku.platform.accesslog.ClientOf;
import fi.polku.platform.accesslog.Purpose;
import fi.polku.platform.http.PageParams;
import fi.polku.platform.paging.Page;
import fi.polku.platform.rule.NotFound;
import fi.polku.platform.security.Caller;
import fi.polku.platform.security.Role;
import fi.polku.platform.security.TeamScope;
import fi.polku.team.network.NetworkService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/teams/{teamId}/waiting-list")
@Tag(name = "Workload", description = "Waiting lists, each professional's client teams, clients per FTE")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.TEAM_MEMBER, Role.TEAM_ADMIN, Role.REFERRAL_HANDLER})
@AccessLogged(Purpose.CLIENT_CARE)
public class WaitingListResource {

    @Schema(name = "WaitingPathway", example = """
            {"pathwayId": "5d3c2b1a-7e6f-4a9b-8c7d-1e2f3a4b5c6d", "clientId": "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a",
             "area": "Oulu", "acceptedAt": "2026-11-18T09:00:00Z", "waitingDays": 12}""")
    public record WaitingView(
            UUID pathwayId,
            UUID clientId,
            String area,
            Instant acceptedAt,

            @Schema(description = "Finnish calendar days from acceptance to today", example = "12")
            long waitingDays)
            implements ClientData {}

    @Inject
    Workload workload;

    @Inject
    NetworkService network;

    @Inject
    Caller caller;

    @GET
    @Operation(
            summary = "A team's waiting list",
            description = "Its accepted, open pathways that have no client team "
                    + "yet, longest waiting first. For the county's professionals of the team, and referral handlers.")
    @APIResponse(responseCode = "200", description = "One page of waiting pathways")
    @APIResponse(responseCode = "404", description = "No such team, or not one of the caller's")
    public Page<WaitingView> waitingList(
            @PathParam("teamId") @ClientOf(ClientOf.NONE) UUID teamId, @Valid @BeanParam PageParams paging) {
        network.team(teamId);
        // A waiting pathway has no client team, so no outside member whose consent could open it.
        if (!TeamScope.seesAll(caller)
                && !(caller.organisation().isCounty() && caller.teams().contains(teamId))) {
            throw new NotFound("No team " + teamId);
        }
        return workload.waitingList(teamId, paging.page(), paging.size())
                .map(w -> new WaitingView(w.pathwayId(), w.clientId(), w.area(), w.acceptedAt(), w.waitingDays()));
    }
}
