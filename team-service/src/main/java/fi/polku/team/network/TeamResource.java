package fi.polku.team.network;

import fi.polku.events.TeamKind;
import fi.polku.platform.http.PageParams;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.QueryParams;
import fi.polku.platform.security.OpenToOutsideOrganisations;
import fi.polku.platform.security.Role;
import fi.polku.platform.validation.SingleLine;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/teams")
@Tag(name = "Teams", description = "The county's standing work-ability teams and its competence centre")
@Produces(MediaType.APPLICATION_JSON)
public class TeamResource {

    private static final String TEAM_EXAMPLE = """
            {"name": "Oulu keskusta", "kind": "WORK_ABILITY_TEAM", "area": "Oulu",
             "soteCentres": ["Oulun keskustan sote-keskus"], "municipalityCodes": ["564"], "active": true}""";

    private static final String TEAM_VIEW_EXAMPLE = """
            {"id": "7c1e9a52-3f4b-4d8e-9a61-2b5c7d8e9f01", "name": "Oulu keskusta", "kind": "WORK_ABILITY_TEAM",
             "area": "Oulu", "soteCentres": [], "municipalityCodes": ["564"], "active": true,
             "createdAt": "2026-11-30T08:00:00Z", "updatedAt": "2026-11-30T08:00:00Z"}""";

    @Schema(name = "TeamRequest")
    public record TeamRequest(
            @Schema(
                    description = "Unique in the county; at most 100 characters, as pathways carry it",
                    example = "Oulu keskusta")
            @NotBlank
            @Size(max = 100)
            @SingleLine
            String name,

            @Schema(example = "WORK_ABILITY_TEAM") @NotNull TeamKind kind,

            @Schema(example = "Oulu") @NotBlank @Size(max = 100) @SingleLine
            String area,

            @Size(max = 50) Set<@NotBlank @Size(max = 200) @SingleLine String> soteCentres,

            @Size(max = 100)
            Set<@NotNull @Pattern(regexp = "\\d{3}", message = "must be a 3-digit municipality code") String>
                    municipalityCodes,

            @Schema(description = "True when absent", example = "true")
            Boolean active) {

        StandingTeam.Details details() {
            return new StandingTeam.Details(name, kind, area, soteCentres, municipalityCodes, active == null || active);
        }
    }

    @Schema(name = "Team", example = TEAM_VIEW_EXAMPLE)
    public record TeamView(
            UUID id,
            String name,
            TeamKind kind,
            String area,
            Set<String> soteCentres,
            Set<String> municipalityCodes,
            boolean active,
            Instant createdAt,
            Instant updatedAt) {

        static TeamView of(StandingTeam team) {
            StandingTeam.Details d = team.details();
            return new TeamView(
                    team.id,
                    d.name(),
                    d.kind(),
                    d.area(),
                    d.soteCentres(),
                    d.municipalityCodes(),
                    d.active(),
                    team.createdAt,
                    team.updatedAt);
        }
    }

    @Inject
    NetworkService network;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.TEAM_ADMIN)
    @Operation(summary = "Add a standing team")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "A sote-centre's team", value = TEAM_EXAMPLE)))
    @APIResponseSchema(value = TeamView.class, responseCode = "201", responseDescription = "Added")
    @APIResponse(responseCode = "400", description = "A field breaks a rule; it is named")
    @APIResponse(responseCode = "409", description = "A team of that name exists")
    public RestResponse<TeamView> create(@Valid @NotNull TeamRequest request) {
        StandingTeam team = network.createTeam(request.details());
        return RestResponse.ResponseBuilder.<TeamView>created(
                        UriBuilder.fromResource(TeamResource.class).path("{id}").build(team.id))
                .entity(TeamView.of(team))
                .build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.TEAM_ADMIN)
    @Operation(
            summary = "Change a standing team",
            description = "Everything can change; a team is closed by active=false.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "Closed", value = """
            {"name": "Oulu keskusta", "kind": "WORK_ABILITY_TEAM", "area": "Oulu", "municipalityCodes": ["564"],
             "active": false}""")))
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "404", description = "No such team")
    @APIResponse(responseCode = "409", description = "Another team has that name")
    public TeamView change(@PathParam("id") UUID id, @Valid @NotNull TeamRequest request) {
        return TeamView.of(network.changeTeam(id, request.details()));
    }

    @GET
    @OpenToOutsideOrganisations
    @Path("/{id}")
    @RolesAllowed({Role.TEAM_ADMIN, Role.TEAM_MEMBER, Role.REFERRAL_HANDLER})
    @Operation(summary = "Read a standing team")
    @APIResponse(responseCode = "200", description = "The team")
    @APIResponse(responseCode = "404", description = "No such team")
    public TeamView find(@PathParam("id") UUID id) {
        return TeamView.of(network.team(id));
    }

    @GET
    @OpenToOutsideOrganisations
    @RolesAllowed({Role.TEAM_ADMIN, Role.TEAM_MEMBER, Role.REFERRAL_HANDLER})
    @Operation(summary = "List standing teams", description = "By area and name, with the total.")
    @APIResponse(responseCode = "200", description = "One page of teams")
    @APIResponse(responseCode = "400", description = "A filter or paging is malformed; the parameter is named")
    public Page<TeamView> list(
            @Parameter(description = "Area, any case", example = "Oulu") @QueryParam("area") @Size(min = 1, max = 100)
                    String area,
            @Parameter(description = "WORK_ABILITY_TEAM or COMPETENCE_CENTRE") @QueryParam("kind") String kind,
            @Parameter(description = "true or false", example = "true")
                    @QueryParam("active")
                    @Pattern(regexp = "true|false", message = "must be true or false")
                    String active,
            @Valid @BeanParam PageParams paging) {
        return network.teams(
                        Optional.ofNullable(area),
                        QueryParams.enumValue("kind", kind, TeamKind.class),
                        Optional.ofNullable(active).map(Boolean::valueOf),
                        paging.page(),
                        paging.size())
                .map(TeamView::of);
    }
}
