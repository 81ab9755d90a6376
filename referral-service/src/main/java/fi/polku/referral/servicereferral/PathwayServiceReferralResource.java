package fi.polku.referral.servicereferral;

import static fi.polku.referral.servicereferral.ServiceReferralResource.CONFLICT;

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
import fi.polku.referral.servicereferral.ServiceReferralResource.ServiceReferralView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

/** A pathway's service referrals; a class of its own so that JAX-RS routes past {@code /api/v1/pathways}. */
@Path("/api/v1/pathways/{pathwayId}/service-referrals")
@Tag(name = "Service referrals")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.TEAM_MEMBER, Role.TEAM_ADMIN})
@AccessLogged(Purpose.CLIENT_CARE)
public class PathwayServiceReferralResource {

    @Inject
    ServiceReferralService services;

    @Inject
    PathwayAccess access;

    @Inject
    Caller caller;

    @Schema(name = "PlanServiceReferral")
    public record PlanRequest(
            @Schema(example = "SUPPORTED_EMPLOYMENT_IPS") @NotNull
            ServiceType serviceType,

            @Schema(description = "The organisation responsible for the service", example = "IPS-valmennus, Oulu")
            @Size(max = 200)
            String provider,

            @Schema(example = "2026-04-01") @PlausibleDate LocalDate plannedStart) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Refer the client to a service",
            description = "Planned; nothing is published until it starts.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "IPS", value = """
            {"serviceType": "SUPPORTED_EMPLOYMENT_IPS", "provider": "IPS-valmennus, Oulu", "plannedStart": "2026-04-01"}""")))
    @APIResponseSchema(value = ServiceReferralView.class, responseCode = "201", responseDescription = "Planned")
    @APIResponse(responseCode = "400", description = "A field is missing or breaks a rule; the field is named")
    @APIResponse(responseCode = "404", description = "No such pathway")
    @APIResponse(responseCode = "409", description = CONFLICT)
    @ResponseStatus(201)
    public ServiceReferralView plan(
            @PathParam("pathwayId") @ClientOf("pathway") UUID pathwayId, @Valid @NotNull PlanRequest request) {
        access.pathway(pathwayId);
        return ServiceReferralView.of(services.plan(
                pathwayId, request.serviceType(), request.provider(), request.plannedStart(), caller.id()));
    }

    @GET
    @Operation(summary = "The services the client of a pathway was referred to, in planning order")
    @APIResponse(responseCode = "200", description = "The service referrals, paged")
    @APIResponse(responseCode = "404", description = "No such pathway")
    @OpenToOutsideOrganisations
    public Page<ServiceReferralView> ofPathway(
            @PathParam("pathwayId") @ClientOf("pathway") UUID pathwayId, @Valid @BeanParam PageParams paging) {
        access.pathway(pathwayId);
        return Page.of(
                services.ofPathway(pathwayId).stream()
                        .map(ServiceReferralView::of)
                        .toList(),
                paging.page(),
                paging.size());
    }
}
