package fi.polku.team.clientteam;

import fi.polku.events.LeavingReason;
import fi.polku.events.Profession;
import fi.polku.platform.accesslog.AccessLogged;
import fi.polku.platform.accesslog.ClientData;
import fi.polku.platform.accesslog.ClientOf;
import fi.polku.platform.accesslog.Purpose;
import fi.polku.platform.problem.Problem;
import fi.polku.platform.rule.NotAllowed;
import fi.polku.platform.rule.NotFound;
import fi.polku.platform.security.Caller;
import fi.polku.platform.security.OpenToOutsideOrganisations;
import fi.polku.platform.security.Role;
import fi.polku.platform.validation.SingleLine;
import fi.polku.team.network.NetworkService;
import fi.polku.team.network.Professional;
import fi.polku.team.pathway.PathwayAccess;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
@RolesAllowed({Role.TEAM_MEMBER, Role.TEAM_ADMIN})
@AccessLogged(Purpose.CLIENT_CARE)
public class ClientTeamResource {

    private static final String TEAM_EXAMPLE = """
            {"id": "2b7d9c41-5e6f-4a8b-9c0d-1e2f3a4b5c6d", "pathwayId": "5d3c2b1a-7e6f-4a9b-8c7d-1e2f3a4b5c6d",
             "clientId": "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a", "assembledAt": "2026-03-10T09:00:00Z",
             "socialWelfareClient": false, "namedSocialWorkerId": null,
             "members": [{"professionalId": "0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f", "profession": "WORK_ABILITY_COORDINATOR",
               "organisationType": "COUNTY", "roleInCase": "Asiakasvastaava", "coordinator": true,
               "joinedAt": "2026-03-10T09:00:00Z", "leftAt": null, "leftReason": null}],
             "formerMembers": [],
             "coordinatorChanges": [{"previousCoordinatorId": null, "coordinatorId": "0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f",
               "changedAt": "2026-03-10T09:00:00Z", "changedBy": "tiina"}]}""";

    @Schema(name = "ClientTeamMemberRequest")
    public record MemberRequest(
            @NotNull UUID professionalId,

            @Schema(example = "Työkykyneuvonta") @Size(max = 200) @SingleLine
            String roleInCase) {}

    @Schema(name = "ClientTeamRequest")
    public record ComposeRequest(
            @NotNull @Size(min = 1, max = 30) List<@NotNull @Valid MemberRequest> members,

            @Schema(
                    description =
                            "The client coordinator (asiakasvastaava): one of the members, of the county. Set "
                                    + "when the team is assembled; later it must stay the same (change it with POST …/team/coordinator)")
            @NotNull
            UUID coordinatorId,

            @Schema(description = "Whether the client is a social-welfare client (Social Welfare Act §42)")
            boolean socialWelfareClient,

            @Schema(
                    description = "The client's named social worker (omatyöntekijä): for a social-welfare client, a "
                            + "member who is a county social-welfare professional; absent otherwise")
            UUID namedSocialWorkerId) {}

    @Schema(name = "CoordinatorRequest")
    public record CoordinatorRequest(@NotNull UUID professionalId) {}

    @Schema(name = "ClientTeamMember")
    public record MemberView(
            UUID professionalId,
            Profession profession,
            String organisationType,
            @Schema(nullable = true) String roleInCase,
            boolean coordinator,
            Instant joinedAt,
            @Schema(nullable = true) Instant leftAt,
            @Schema(nullable = true) LeavingReason leftReason) {}

    @Schema(name = "CoordinatorChange")
    public record CoordinatorChangeView(
            @Schema(nullable = true) UUID previousCoordinatorId,
            UUID coordinatorId,
            Instant changedAt,
            String changedBy) {}

    @Schema(name = "ClientTeam", example = TEAM_EXAMPLE)
    public record TeamView(
            UUID id,
            UUID pathwayId,
            UUID clientId,
            Instant assembledAt,

            @Schema(
                    description = "Whether the client is a social-welfare client; shown to the county's professionals "
                            + "only, as is the named social worker",
                    nullable = true)
            Boolean socialWelfareClient,

            @Schema(nullable = true) UUID namedSocialWorkerId,
            List<MemberView> members,
            List<MemberView> formerMembers,

            @Schema(description = "Every naming of a coordinator, the first included, oldest first")
            List<CoordinatorChangeView> coordinatorChanges)
            implements ClientData {}

    @Inject
    ClientTeamService teams;

    @Inject
    PathwayAccess access;

    @Inject
    NetworkService network;

    @Inject
    Caller caller;

    @GET
    @Operation(
            summary = "Read a client's team",
            description = "Current members (the coordinator first) and former ones.")
    @APIResponse(responseCode = "200", description = "The team")
    @APIResponse(responseCode = "404", description = "No such pathway or team, or not one the caller may see")
    @OpenToOutsideOrganisations
    public TeamView find(@PathParam("pathwayId") @ClientOf("pathway") UUID pathwayId) {
        access.visible(pathwayId);
        return view(teams.find(pathwayId).orElseThrow(() -> new NotFound("No team for pathway " + pathwayId)));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Assemble or recompose a client's team",
            description = "Members not named leave, new ones join; exactly one of them is the client coordinator, who "
                    + "stays the same once the team is assembled. Publishes team.assembled the first time, then "
                    + "team.member-joined and team.member-left.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "Two members", value = """
            {"members": [{"professionalId": "0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f", "roleInCase": "Asiakasvastaava"},
                         {"professionalId": "1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a", "roleInCase": "Työkykyneuvonta"}],
             "coordinatorId": "0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f"}""")))
    @APIResponse(responseCode = "200", description = "The team as it now is")
    @APIResponse(responseCode = "400", description = "A member is not a professional of the network, or named twice")
    @APIResponse(
            responseCode = "403",
            description =
                    "An outside organisation's member tried to say whether the client is a " + "social-welfare client")
    @APIResponse(responseCode = "409", description = "The pathway is closed: its team is frozen")
    @APIResponse(
            responseCode = "422",
            description = "A rule is broken; the type names it (one-coordinator, "
                    + "county-coordinator, coordinator-change-is-explicit, consent-in-force, named-social-worker, active-member) "
                    + "and the field is named",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "No consent", value = """
                            {"type": "https://polku.fi/problems/rule/consent-in-force", "title": "A rule is broken",
                             "status": 422, "detail": "members[1].professionalId: a professional of KELA joins a client's team only while the client's consent for KELA is in force",
                             "instance": "/api/v1/pathways/5d3c2b1a-7e6f-4a9b-8c7d-1e2f3a4b5c6d/team",
                             "errors": [{"field": "members[1].professionalId", "message": "a professional of KELA joins a client's team only while the client's consent for KELA is in force"}]}""")))
    public TeamView compose(
            @PathParam("pathwayId") @ClientOf("pathway") UUID pathwayId, @Valid @NotNull ComposeRequest request) {
        access.visible(pathwayId);
        List<ClientTeamService.Member> members = request.members().stream()
                .map(m -> new ClientTeamService.Member(m.professionalId(), m.roleInCase()))
                .toList();
        Boolean socialWelfareClient = request.socialWelfareClient();
        if (!caller.organisation().isCounty()) {
            if (request.socialWelfareClient() || request.namedSocialWorkerId() != null) {
                throw new NotAllowed("Whether the client is a social-welfare client is the county's to say");
            }
            socialWelfareClient = null;
        }
        return view(teams.compose(
                pathwayId,
                new ClientTeamService.Request(
                        members, request.coordinatorId(), socialWelfareClient, request.namedSocialWorkerId()),
                caller.id()));
    }

    @POST
    @Path("/coordinator")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Change the client coordinator",
            description = "Another current member takes over; recorded "
                    + "and published as team.client-coordinator-changed.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "Hand over", value = """
            {"professionalId": "1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a"}""")))
    @APIResponse(responseCode = "200", description = "The team with its new coordinator")
    @APIResponse(responseCode = "409", description = "The pathway is closed, or has no team yet")
    @APIResponse(
            responseCode = "422",
            description = "Not a current member (one-coordinator), or not of the county " + "(county-coordinator)")
    public TeamView changeCoordinator(
            @PathParam("pathwayId") @ClientOf("pathway") UUID pathwayId, @Valid @NotNull CoordinatorRequest request) {
        access.visible(pathwayId);
        return view(teams.changeCoordinator(pathwayId, request.professionalId(), caller.id()));
    }

    private TeamView view(ClientTeam team) {
        List<MemberView> all = teams.members(team).stream()
                .map(member -> {
                    Professional.Details details =
                            network.professional(member.professionalId).details();
                    return new MemberView(
                            member.professionalId,
                            details.profession(),
                            details.organisation().code(),
                            member.roleInCase,
                            member.coordinator,
                            member.joinedAt,
                            member.leftAt,
                            member.leftReason);
                })
                .toList();
        // Being a social-welfare client is the social services' confidential information: an outside organisation's
        // member of the team works on the pathway, not on that.
        boolean county = caller.organisation().isCounty();
        return new TeamView(
                team.id,
                team.pathwayId,
                team.clientId,
                team.assembledAt,
                county ? team.socialWelfareClient : null,
                county ? team.namedSocialWorkerId : null,
                all.stream().filter(m -> m.leftAt() == null).toList(),
                all.stream().filter(m -> m.leftAt() != null).toList(),
                teams.coordinatorChanges(team).stream()
                        .map(c -> new CoordinatorChangeView(
                                c.previousCoordinatorId, c.coordinatorId, c.changedAt, c.changedBy))
                        .toList());
    }
}
