package fi.polku.referral.plan;

import fi.polku.events.ServiceType;
import fi.polku.platform.accesslog.AccessLogged;
import fi.polku.platform.accesslog.ClientOf;
import fi.polku.platform.accesslog.Purpose;
import fi.polku.platform.http.PageParams;
import fi.polku.platform.paging.Page;
import fi.polku.platform.security.Caller;
import fi.polku.platform.security.OpenToOutsideOrganisations;
import fi.polku.platform.security.Role;
import fi.polku.platform.validation.PlausibleDate;
import fi.polku.referral.pathway.PathwayAccess;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A class of its own so that JAX-RS routes past {@code /api/v1/pathways}. */
@Path("/api/v1/pathways/{pathwayId}/plan")
@Tag(name = "Plans", description = "The client's multi-agency plan, versioned")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.TEAM_MEMBER, Role.TEAM_ADMIN})
@AccessLogged(Purpose.CLIENT_CARE)
public class PlanResource {

    private static final String PLAN_EXAMPLE = """
            {"pathwayId": "5d3c2b1a-7e6f-4a9b-8c7d-1e2f3a4b5c6d", "version": 2,
             "goals": ["Työkyvyn selvittäminen", "Paluu työelämään osa-aikaisesti"],
             "agreedServices": [{"serviceType": "WORK_ABILITY_ASSESSMENT", "responsibleOrganisation": "Oulun sote-keskus",
                                 "targetDate": "2026-05-31", "description": "Lääkärin arvio ja lausunto"}],
             "changeNote": "Lisätty työkyvyn arvio", "createdBy": "p-1042", "createdAt": "2026-03-20T10:00:00Z"}""";

    @Inject
    PlanService plans;

    @Inject
    PathwayAccess access;

    @Inject
    Caller caller;

    @Schema(name = "AgreedService")
    public record AgreedServiceRequest(
            @Schema(example = "WORK_ABILITY_ASSESSMENT") @NotNull
            ServiceType serviceType,

            @Schema(example = "Oulun sote-keskus") @NotBlank @Size(max = 200)
            String responsibleOrganisation,

            @Schema(example = "2026-05-31") @PlausibleDate LocalDate targetDate,

            @Schema(example = "Lääkärin arvio ja lausunto") @Size(max = 1000)
            String description) {}

    @Schema(name = "ChangePlan")
    public record ChangeRequest(
            @Schema(description = "The version this change is based on; 0 for the first plan", example = "1")
            @NotNull
            @Min(0)
            Integer basedOnVersion,

            @Schema(example = "[\"Työkyvyn selvittäminen\"]") @NotEmpty @Size(max = 20)
            List<@NotBlank @Size(max = 500) String> goals,

            @NotNull @Size(max = 50) List<@NotNull @Valid AgreedServiceRequest> agreedServices,

            @Schema(example = "Lisätty työkyvyn arvio") @Size(max = 1000)
            String changeNote) {}

    @Schema(name = "Plan", example = PLAN_EXAMPLE)
    public record PlanView(
            UUID pathwayId,
            int version,
            List<String> goals,
            List<PlanContent.AgreedService> agreedServices,
            @Schema(nullable = true) String changeNote,
            String createdBy,
            Instant createdAt) {}

    private PlanView view(PlanVersion version) {
        PlanContent content = plans.content(version);
        return new PlanView(
                version.pathwayId,
                version.version,
                content.goals(),
                content.agreedServices(),
                version.changeNote,
                version.createdBy,
                version.createdAt);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Write the next version of the plan",
            description =
                    "Based on the version the author read: if someone changed it meanwhile, 409. A closed pathway's plan is read-only.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "Second version", value = """
            {"basedOnVersion": 1, "goals": ["Työkyvyn selvittäminen", "Paluu työelämään osa-aikaisesti"],
             "agreedServices": [{"serviceType": "WORK_ABILITY_ASSESSMENT", "responsibleOrganisation": "Oulun sote-keskus",
                                 "targetDate": "2026-05-31"}], "changeNote": "Lisätty työkyvyn arvio"}""")))
    @APIResponse(responseCode = "200", description = "The new version")
    @APIResponse(responseCode = "400", description = "A field is missing or breaks a rule; the field is named")
    @APIResponse(responseCode = "404", description = "No such pathway")
    @APIResponse(responseCode = "409", description = "Based on an old version, or the pathway is closed")
    public PlanView change(
            @PathParam("pathwayId") @ClientOf("pathway") UUID pathwayId, @Valid @NotNull ChangeRequest request) {
        access.pathway(pathwayId);
        PlanContent content = new PlanContent(
                request.goals(),
                request.agreedServices().stream()
                        .map(s -> new PlanContent.AgreedService(
                                s.serviceType(), s.responsibleOrganisation().strip(), s.targetDate(), s.description()))
                        .toList());
        return view(plans.change(pathwayId, request.basedOnVersion(), content, request.changeNote(), caller.id()));
    }

    @GET
    @Operation(summary = "The plan's current version")
    @APIResponse(responseCode = "200", description = "The current version")
    @APIResponse(responseCode = "404", description = "No such pathway, or no plan yet")
    @OpenToOutsideOrganisations
    public PlanView current(@PathParam("pathwayId") @ClientOf("pathway") UUID pathwayId) {
        access.pathway(pathwayId);
        return view(plans.find(pathwayId));
    }

    @GET
    @Path("/versions")
    @Operation(summary = "Every version of the plan, the first first")
    @APIResponse(responseCode = "200", description = "The plan's history, paged")
    @APIResponse(responseCode = "404", description = "No such pathway")
    @OpenToOutsideOrganisations
    public Page<PlanView> versions(
            @PathParam("pathwayId") @ClientOf("pathway") UUID pathwayId, @Valid @BeanParam PageParams paging) {
        access.pathway(pathwayId);
        return Page.of(plans.versions(pathwayId).stream().map(this::view).toList(), paging.page(), paging.size());
    }
}
