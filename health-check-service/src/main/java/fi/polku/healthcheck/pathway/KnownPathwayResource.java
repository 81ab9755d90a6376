package fi.polku.healthcheck.pathway;

import fi.polku.events.ReferralSource;
import fi.polku.platform.accesslog.AccessLogged;
import fi.polku.platform.accesslog.ClientData;
import fi.polku.platform.accesslog.ClientOf;
import fi.polku.platform.accesslog.Purpose;
import fi.polku.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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

@Path("/api/v1/pathways")
@Tag(name = "Pathways", description = "The pathways health checks attach to")
@Produces(MediaType.APPLICATION_JSON)
public class KnownPathwayResource {

    @Inject
    PathwayService pathways;

    @Schema(name = "KnownPathway", example = """
            {"pathwayId": "5d3c2b1a-7e6f-4a9b-8c7d-1e2f3a4b5c6d",
             "clientId": "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a", "firstSource": "EMPLOYMENT_SERVICES",
             "municipalityCode": "564", "firstReferredAt": "2026-03-02T08:15:30Z", "referrals": 1}""")
    public record KnownPathwayView(
            UUID pathwayId,
            UUID clientId,
            ReferralSource firstSource,

            @Schema(nullable = true, description = "None when no referral of the pathway gave one (a security ban)")
            String municipalityCode,

            Instant firstReferredAt,
            int referrals)
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
    @APIResponse(responseCode = "200", description = "The pathway")
    @APIResponse(responseCode = "404", description = "No referral for this pathway has arrived")
    public KnownPathwayView find(@PathParam("pathwayId") @ClientOf("pathway") UUID pathwayId) {
        return KnownPathwayView.of(pathways.find(pathwayId));
    }
}
