package fi.polku.team.clientteam;

import fi.polku.events.OrganisationType;
import fi.polku.events.Profession;
import fi.polku.platform.FinnishTime;
import fi.polku.platform.accesslog.AccessLog;
import fi.polku.platform.accesslog.AccessLogged;
import fi.polku.platform.accesslog.ClientData;
import fi.polku.platform.accesslog.Purpose;
import fi.polku.platform.problem.Problem;
import fi.polku.platform.problem.ProblemException;
import fi.polku.platform.security.Caller;
import fi.polku.platform.security.Role;
import fi.polku.platform.security.TeamScope;
import fi.polku.platform.validation.SingleLine;
import fi.polku.team.consent.Consents;
import fi.polku.team.network.NetworkService;
import fi.polku.team.network.Professional;
import fi.polku.team.pathway.KnownPathway;
import fi.polku.team.pathway.Pathways;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/pathways/{pathwayId}/team")
@Tag(name = "Client teams", description = "Each client's own team, with exactly one client coordinator")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Role.TEAM_MEMBER, Role.TEAM_ADMIN })
@AccessLogged(Purpose.CLIENT_CARE)
public class ClientTeamResource {

    private static final String TEAM_EXAMPLE = """
            {"id": "2b7d9c41-5e6f-4a8b-9c0d-1e2f3a4b5c6d", "pathwayId": "5d3c2b1a-7e6f-4a9b-8c7d-1e2f3a4b5c6d",
             "clientId": "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a", "assembledAt": "2026-03-10T09:00:00Z",
             "members": [{"professionalId": "0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f", "profession": "WORK_ABILITY_COORDINATOR",
               "organisationType": "COUNTY", "roleInCase": "Asiakasvastaava", "coordinator": true,
               "joinedAt": "2026-03-10T09:00:00Z"}]}""";

    @Schema(name = "ClientTeamMemberRequest")
    public record MemberRequest(@NotNull UUID professionalId,
            @Schema(example = "Työkykyneuvonta") @Size(max = 200) @SingleLine String roleInCase) {
    }

    @Schema(name = "ClientTeamRequest")
    public record ComposeRequest(@NotNull @Size(min = 1, max = 30) List<@NotNull @Valid MemberRequest> members,
            @Schema(description = "The client coordinator (asiakasvastaava): one of the members") @NotNull
            UUID coordinatorId) {
    }

    @Schema(name = "CoordinatorRequest")
    public record CoordinatorRequest(@NotNull UUID professionalId) {
    }

    @Schema(name = "ClientTeamMember")
    public record MemberView(UUID professionalId, Profession profession, String organisationType, String roleInCase,
            boolean coordinator, Instant joinedAt, Instant leftAt, LeavingReason leftReason) {
    }

    @Schema(name = "ClientTeam")
    public record TeamView(UUID id, UUID pathwayId, UUID clientId, Instant assembledAt, List<MemberView> members,
            List<MemberView> formerMembers) implements ClientData {
    }

    private final ClientTeams teams;
    private final Pathways pathways;
    private final NetworkService network;
    private final Consents consents;
    private final Caller caller;
    private final AccessLog accessLog;
    private final Clock clock;

    ClientTeamResource(ClientTeams teams, Pathways pathways, NetworkService network, Consents consents, Caller caller,
            AccessLog accessLog, Clock clock) {
        this.teams = teams;
        this.pathways = pathways;
        this.network = network;
        this.consents = consents;
        this.caller = caller;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    @GET
    @Operation(summary = "Read a client's team", description = "Current members (the coordinator first) and former ones.")
    @APIResponse(responseCode = "200", description = "The team",
            content = @Content(schema = @Schema(implementation = TeamView.class),
                    examples = @ExampleObject(name = "Assembled", value = TEAM_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such pathway or team, or not one the caller may see",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TeamView find(@PathParam("pathwayId") UUID pathwayId) {
        visible(pathwayId);
        return view(teams.find(pathwayId).orElseThrow(() -> ProblemException.notFound("No team for pathway " + pathwayId)));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Assemble or recompose a client's team",
            description = "Members not named leave, new ones join; exactly one of them is the client coordinator. "
                    + "Publishes team.assembled the first time and client-coordinator-assigned when the coordinator changes.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "Two members", value = """
            {"members": [{"professionalId": "0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f", "roleInCase": "Asiakasvastaava"},
                         {"professionalId": "1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a", "roleInCase": "Työkykyneuvonta"}],
             "coordinatorId": "0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f"}""")))
    @APIResponse(responseCode = "200", description = "The team as it now is",
            content = @Content(schema = @Schema(implementation = TeamView.class)))
    @APIResponse(responseCode = "400", description = "A rule is broken (no coordinator among the members, a professional "
            + "twice or not active); the field is named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The pathway is closed (its team is frozen), or a member's "
            + "organisation has no consent in force",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TeamView compose(@PathParam("pathwayId") UUID pathwayId, @Valid @NotNull ComposeRequest request) {
        KnownPathway pathway = visible(pathwayId);
        List<ClientTeams.Member> members = request.members().stream()
                .map(m -> new ClientTeams.Member(m.professionalId(), m.roleInCase())).toList();
        return view(teams.compose(pathway, members, request.coordinatorId()));
    }

    @POST
    @Path("/coordinator")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the client coordinator", description = "Another current member takes over; recorded "
            + "and published as client-coordinator-assigned.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "Hand over", value = """
            {"professionalId": "1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a"}""")))
    @APIResponse(responseCode = "200", description = "The team with its new coordinator",
            content = @Content(schema = @Schema(implementation = TeamView.class)))
    @APIResponse(responseCode = "400", description = "Not a current member",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The pathway is closed, or has no team yet",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TeamView changeCoordinator(@PathParam("pathwayId") UUID pathwayId, @Valid @NotNull CoordinatorRequest request) {
        return view(teams.changeCoordinator(visible(pathwayId), request.professionalId()));
    }

    /** The pathway, if the caller may see it: one of their teams', and for an outside organisation with consent. */
    private KnownPathway visible(UUID pathwayId) {
        KnownPathway pathway = pathways.find(pathwayId)
                .orElseThrow(() -> ProblemException.notFound("No pathway " + pathwayId));
        accessLog.concerns(pathway.clientId());
        if (!TeamScope.maySee(caller, pathway.team(), type -> consentInForce(pathway, type))) {
            throw ProblemException.notFound("No pathway " + pathwayId);
        }
        return pathway;
    }

    private boolean consentInForce(KnownPathway pathway, OrganisationType type) {
        return consents.inForce(pathway.clientId(), type, FinnishTime.today(clock));
    }

    private TeamView view(ClientTeam team) {
        List<MemberView> all = teams.members(team).stream().map(member -> {
            Professional.Details details = network.professional(member.professionalId()).details();
            return new MemberView(member.professionalId(), details.profession(), details.organisation().code(),
                    member.roleInCase(), member.coordinator(), member.joinedAt(), member.leftAt(), member.leftReason());
        }).toList();
        return new TeamView(team.id(), team.pathwayId(), team.clientId(), team.assembledAt(),
                all.stream().filter(m -> m.leftAt() == null).toList(),
                all.stream().filter(m -> m.leftAt() != null).toList());
    }
}
