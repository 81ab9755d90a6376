package fi.polku.healthcheck.pathway;

import fi.polku.events.ReferralSource;
import fi.polku.platform.accesslog.AccessLogged;
import fi.polku.platform.accesslog.ClientData;
import fi.polku.platform.accesslog.ClientOf;
import fi.polku.platform.accesslog.Purpose;
import fi.polku.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/pathways")
@Tag(name = "Pathways", description = "The pathways health checks attach to")
@Produces(MediaType.APPLICATION_JSON)
public class KnownPathwayResource {

    private final PathwayService pathways;

    KnownPathwayResource(PathwayService pathways) {
        this.pathways = pathways;
    }

    @Schema(name = "KnownPathway")
    public record KnownPathwayView(
            @Schema(example = "5d3c2b1a-7e6f-4a9b-8c7d-1e2f3a4b5c6d")
            UUID pathwayId,

            @Schema(example = "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a")
            UUID clientId,

            @Schema(example = "EMPLOYMENT_SERVICES") ReferralSource firstSource,
            @Schema(example = "564") String municipalityCode,
            @Schema(example = "2026-03-02T08:15:30Z") Instant firstReferredAt,
            @Schema(example = "1") int referrals)
            implements ClientData {

        static KnownPathwayView of(KnownPathway p) {
            return new KnownPathwayView(
                    p.pathwayId, p.clientId, p.firstSource, p.municipalityCode, p.firstReferredAt, p.referrals);
        }
    }

    @GET
    @Path("/{pathwayId}")
    @RolesAllowed({Role.HEALTH_NURSE, Role.DOCTOR})
    @AccessLogged(Purpose.HEALTH_CARE)
    @Operation(summary = "Read a pathway as health-check-service knows it")
    @APIResponse(
            responseCode = "200",
            description = "The pathway",
            content =
                    @Content(
                            schema = @Schema(implementation = KnownPathwayView.class),
                            examples = @ExampleObject(name = "Referred once", value = """
                            {"pathwayId": "5d3c2b1a-7e6f-4a9b-8c7d-1e2f3a4b5c6d",
                             "clientId": "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a", "firstSource": "EMPLOYMENT_SERVICES",
                             "municipalityCode": "564", "firstReferredAt": "2026-03-02T08:15:30Z", "referrals": 1}""")))
    @APIResponse(responseCode = "404", description = "No referral for this pathway has arrived")
    public KnownPathwayView find(@PathParam("pathwayId") @ClientOf("pathway") UUID pathwayId) {
        return KnownPathwayView.of(pathways.find(pathwayId));
    }
}
