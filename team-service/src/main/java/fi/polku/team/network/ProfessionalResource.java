package fi.polku.team.network;

import fi.polku.events.Profession;
import fi.polku.platform.http.PageParams;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.QueryParams;
import fi.polku.platform.rule.InvalidField;
import fi.polku.platform.security.Caller;
import fi.polku.platform.security.OpenToOutsideOrganisations;
import fi.polku.platform.security.Organisation;
import fi.polku.platform.security.Role;
import fi.polku.platform.validation.SingleLine;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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
import java.math.BigDecimal;
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

@Path("/api/v1/professionals")
@Tag(name = "Professionals", description = "The professionals of the work-ability network, county and outside")
@Produces(MediaType.APPLICATION_JSON)
public class ProfessionalResource {

    private static final String EXAMPLE = """
            {"name": "Aino Esimerkki", "profession": "KELA_WORK_ABILITY_ADVISOR", "organisationType": "KELA",
             "organisationName": "Kela, Oulun palvelupiste", "socialWelfare": false, "fte": 0.4,
             "teams": ["7c1e9a52-3f4b-4d8e-9a61-2b5c7d8e9f01"], "active": true}""";

    private static final String PROFESSIONAL_EXAMPLE = """
            {"id": "3e4f5a6b-7c8d-4e9f-8a0b-1c2d3e4f5a6b", "name": "Aino Esimerkki",
             "profession": "KELA_WORK_ABILITY_ADVISOR", "organisationType": "KELA",
             "organisationName": "Kela, Oulun palvelupiste", "socialWelfare": false, "fte": 0.40,
             "teams": ["7c1e9a52-3f4b-4d8e-9a61-2b5c7d8e9f01"], "active": true, "createdAt": "2026-11-30T08:00:00Z",
             "updatedAt": "2026-12-01T10:30:00Z", "changedBy": "p-aija"}""";

    @Schema(name = "ProfessionalRequest")
    public record ProfessionalRequest(
            @Schema(example = "Aino Esimerkki") @NotBlank @Size(max = 200) @SingleLine
            String name,

            @Schema(example = "KELA_WORK_ABILITY_ADVISOR") @NotNull
            Profession profession,

            @Schema(description = "COUNTY or an outside organisation type", example = "KELA") @NotNull @Size(max = 30)
            String organisationType,

            @Schema(example = "Kela, Oulun palvelupiste") @Size(max = 200) @SingleLine
            String organisationName,

            @Schema(description = "A social-welfare professional (sosiaalihuollon ammattihenkilö)", example = "false")
            @NotNull
            Boolean socialWelfare,

            @Schema(description = "Share of working time in work-ability services, 0–1", example = "0.4")
            @NotNull
            @DecimalMin("0")
            @DecimalMax("1")
            @Digits(integer = 1, fraction = 2)
            BigDecimal fte,

            @Size(max = 20) Set<@NotNull UUID> teams,

            @Schema(description = "True when absent", example = "true")
            Boolean active) {

        Professional.Details details() {
            Organisation organisation = Organisation.parse(organisationType)
                    .orElseThrow(() -> new InvalidField("organisationType", "must be COUNTY or an organisation type"));
            return new Professional.Details(
                    name,
                    profession,
                    organisation,
                    organisationName,
                    socialWelfare,
                    fte,
                    teams,
                    active == null || active);
        }
    }

    @Schema(name = "Professional", example = PROFESSIONAL_EXAMPLE)
    public record ProfessionalView(
            UUID id,
            String name,
            Profession profession,
            String organisationType,
            @Schema(nullable = true) String organisationName,
            boolean socialWelfare,
            BigDecimal fte,
            Set<UUID> teams,
            boolean active,
            Instant createdAt,
            Instant updatedAt,

            @Schema(
                    description = "Who made this version (never the professional themselves); null on versions "
                            + "from before it was kept",
                    example = "p-aija",
                    nullable = true)
            String changedBy) {

        static ProfessionalView of(Professional professional) {
            Professional.Details d = professional.details();
            return new ProfessionalView(
                    professional.id,
                    d.name(),
                    d.profession(),
                    d.organisation().code(),
                    d.organisationName(),
                    d.socialWelfare(),
                    d.fte(),
                    d.teams(),
                    d.active(),
                    professional.createdAt,
                    professional.updatedAt,
                    professional.changedBy);
        }
    }

    @Inject
    NetworkService network;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.TEAM_ADMIN)
    @Operation(summary = "Add a professional to the network")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "A Kela advisor in one team", value = EXAMPLE)))
    @APIResponseSchema(value = ProfessionalView.class, responseCode = "201", responseDescription = "Added")
    @APIResponse(responseCode = "400", description = "A field breaks a rule, or a team does not exist; it is named")
    public RestResponse<ProfessionalView> create(@Valid @NotNull ProfessionalRequest request) {
        Professional professional = network.createProfessional(request.details(), caller.id());
        return RestResponse.ResponseBuilder.<ProfessionalView>created(
                        UriBuilder.fromResource(ProfessionalResource.class)
                                .path("{id}")
                                .build(professional.id))
                .entity(ProfessionalView.of(professional))
                .build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.TEAM_ADMIN)
    @Operation(
            summary = "Register or change a professional under their id",
            description = "Their teams, FTE and the rest; active=false when they leave. An id not known yet registers "
                    + "the professional under it: the id the county's identity provider gives the professional in their "
                    + "token (professional_id), so that their teams here are theirs there.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "More time for the team", value = EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponseSchema(
            value = ProfessionalView.class,
            responseCode = "201",
            responseDescription = "Registered under the id")
    @APIResponse(responseCode = "403", description = "The caller's own entry: nobody gives themselves teams")
    public RestResponse<ProfessionalView> change(
            @PathParam("id") UUID id, @Valid @NotNull ProfessionalRequest request) {
        NetworkService.Registered registered = network.putProfessional(id, request.details(), caller.id());
        return RestResponse.ResponseBuilder.create(
                        registered.created() ? RestResponse.Status.CREATED : RestResponse.Status.OK,
                        ProfessionalView.of(registered.professional()))
                .build();
    }

    @GET
    @OpenToOutsideOrganisations
    @Path("/{id}")
    @RolesAllowed({Role.TEAM_ADMIN, Role.TEAM_MEMBER})
    @Operation(summary = "Read a professional")
    @APIResponse(responseCode = "200", description = "The professional")
    @APIResponse(responseCode = "404", description = "No such professional")
    public ProfessionalView find(@PathParam("id") UUID id) {
        return ProfessionalView.of(network.professional(id));
    }

    @GET
    @OpenToOutsideOrganisations
    @RolesAllowed({Role.TEAM_ADMIN, Role.TEAM_MEMBER})
    @Operation(summary = "List professionals", description = "By name, with the total.")
    @APIResponse(responseCode = "200", description = "One page of professionals")
    @APIResponse(responseCode = "400", description = "A filter or paging is malformed; the parameter is named")
    public Page<ProfessionalView> list(
            @Parameter(description = "Members of one team") @QueryParam("teamId") String teamId,
            @Parameter(description = "A profession code", example = "SOCIAL_WORKER") @QueryParam("profession")
                    String profession,
            @Parameter(description = "COUNTY or an organisation type", example = "KELA") @QueryParam("organisationType")
                    String organisationType,
            @Valid @BeanParam PageParams paging) {
        Optional<String> organisation = Optional.ofNullable(organisationType)
                .filter(o -> !o.isBlank())
                .map(o -> Organisation.parse(o.strip())
                        .orElseThrow(
                                () -> new InvalidField("organisationType", "must be COUNTY or an organisation type"))
                        .code());
        return network.professionals(
                        QueryParams.uuid("teamId", teamId),
                        QueryParams.enumValue("profession", profession, Profession.class),
                        organisation,
                        paging.page(),
                        paging.size())
                .map(ProfessionalView::of);
    }
}
