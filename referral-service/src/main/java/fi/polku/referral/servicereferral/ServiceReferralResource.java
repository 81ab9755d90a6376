package fi.polku.referral.servicereferral;

import fi.polku.events.ServiceResult;
import fi.polku.events.ServiceShortfallReason;
import fi.polku.events.ServiceType;
import fi.polku.platform.accesslog.AccessLogged;
import fi.polku.platform.accesslog.ClientOf;
import fi.polku.platform.accesslog.Purpose;
import fi.polku.platform.rule.NotFound;
import fi.polku.platform.security.OpenToOutsideOrganisations;
import fi.polku.platform.security.Role;
import fi.polku.platform.validation.PlausibleDate;
import fi.polku.referral.pathway.PathwayAccess;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/service-referrals")
@Tag(name = "Service referrals", description = "Services the client is referred to during a pathway")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.TEAM_MEMBER, Role.TEAM_ADMIN})
@AccessLogged(Purpose.CLIENT_CARE)
public class ServiceReferralResource {

    private static final String EXAMPLE = """
            {"id": "3a2b1c0d-9e8f-4a7b-b6c5-d4e3f2a1b0c9", "pathwayId": "5d3c2b1a-7e6f-4a9b-8c7d-1e2f3a4b5c6d",
             "serviceType": "SUPPORTED_EMPLOYMENT_IPS", "provider": "IPS-valmennus, Oulu", "plannedStart": "2026-04-01",
             "status": "ENDED", "startedOn": "2026-04-01", "endedOn": "2026-09-15", "result": "COMPLETED",
             "reason": null, "employed": true, "plannedBy": "p-1042", "plannedAt": "2026-03-20T10:00:00Z"}""";
    static final String CONFLICT = "The pathway is closed, or the referral is not in a state that allows this";

    @Inject
    ServiceReferralService services;

    @Inject
    PathwayAccess access;

    @Schema(name = "StartServiceReferral")
    public record StartRequest(
            @Schema(description = "Today when absent", example = "2026-04-01") @PlausibleDate
            LocalDate startedOn) {}

    @Schema(name = "EndServiceReferral")
    public record EndRequest(
            @Schema(example = "INTERRUPTED") @NotNull ServiceResult result,

            @Schema(description = "Required unless COMPLETED", example = "HEALTH_REASONS")
            ServiceShortfallReason reason,

            @Schema(description = "IPS that started only: did the client find work", example = "false")
            Boolean employed,

            @Schema(description = "Today when absent", example = "2026-09-15") @PlausibleDate
            LocalDate endedOn) {}

    @Schema(name = "ServiceReferral", example = EXAMPLE)
    public record ServiceReferralView(
            UUID id,
            UUID pathwayId,
            ServiceType serviceType,
            @Schema(nullable = true) String provider,
            @Schema(nullable = true) LocalDate plannedStart,
            ServiceReferralStatus status,
            @Schema(nullable = true) LocalDate startedOn,
            @Schema(nullable = true) LocalDate endedOn,
            @Schema(nullable = true) ServiceResult result,
            @Schema(nullable = true) ServiceShortfallReason reason,
            @Schema(nullable = true) Boolean employed,
            String plannedBy,
            Instant plannedAt) {

        static ServiceReferralView of(ServiceReferral s) {
            return new ServiceReferralView(
                    s.id,
                    s.pathwayId,
                    s.serviceType,
                    s.provider,
                    s.plannedStart,
                    s.status,
                    s.startedOn,
                    s.endedOn,
                    s.result,
                    s.reason,
                    s.employed,
                    s.plannedBy,
                    s.plannedAt);
        }
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a service referral")
    @APIResponse(responseCode = "200", description = "The service referral")
    @APIResponse(responseCode = "404", description = "No such service referral")
    @OpenToOutsideOrganisations
    public ServiceReferralView find(@PathParam("id") @ClientOf("service-referral") UUID id) {
        visible(id);
        return ServiceReferralView.of(services.find(id));
    }

    @POST
    @Path("/{id}/start")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "The client started in the service",
            description = "Publishes pathway.service-referral.started.")
    @RequestBody(
            content = @Content(examples = @ExampleObject(name = "Started", value = "{\"startedOn\": \"2026-04-01\"}")))
    @APIResponse(responseCode = "200", description = "Started")
    @APIResponse(responseCode = "400", description = "The day is in the future or malformed")
    @APIResponse(responseCode = "404", description = "No such service referral")
    @APIResponse(responseCode = "409", description = CONFLICT)
    public ServiceReferralView start(
            @PathParam("id") @ClientOf("service-referral") UUID id, @Valid @NotNull StartRequest request) {
        visible(id);
        return ServiceReferralView.of(services.start(id, request.startedOn()));
    }

    @POST
    @Path("/{id}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "The service ended, or will not take place",
            description = "Publishes pathway.service-referral.ended. Started: COMPLETED or INTERRUPTED; never started:"
                    + " NOT_REALISED. A reason is required unless COMPLETED; IPS that started says whether the client"
                    + " found work.")
    @RequestBody(
            content =
                    @Content(
                            examples = {
                                @ExampleObject(
                                        name = "IPS completed, employed",
                                        value = "{\"result\": \"COMPLETED\", \"employed\": true}"),
                                @ExampleObject(
                                        name = "Never started",
                                        value = "{\"result\": \"NOT_REALISED\", \"reason\": \"NO_CAPACITY\"}")
                            }))
    @APIResponse(responseCode = "200", description = "Ended")
    @APIResponse(responseCode = "400", description = "A field is missing or breaks a rule; the field is named")
    @APIResponse(responseCode = "404", description = "No such service referral")
    @APIResponse(responseCode = "409", description = CONFLICT)
    public ServiceReferralView end(
            @PathParam("id") @ClientOf("service-referral") UUID id, @Valid @NotNull EndRequest request) {
        visible(id);
        return ServiceReferralView.of(
                services.end(id, request.result(), request.reason(), request.employed(), request.endedOn()));
    }

    /** A service referral of a pathway the caller may not see is, for them, no service referral at all. */
    private void visible(UUID id) {
        try {
            access.pathway(services.find(id).pathwayId);
        } catch (NotFound e) {
            throw new NotFound("No service referral " + id);
        }
    }
}
