package fi.polku.team.intake;

import fi.polku.events.ReferralSource;
import fi.polku.platform.accesslog.AccessLogged;
import fi.polku.platform.accesslog.ClientData;
import fi.polku.platform.accesslog.Purpose;
import fi.polku.platform.http.PageParams;
import fi.polku.platform.paging.Page;
import fi.polku.platform.security.Caller;
import fi.polku.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/intake")
@Tag(name = "Intake", description = "Received referrals waiting for a team")
@Produces(MediaType.APPLICATION_JSON)
public class IntakeResource {

    private static final String INTAKE_EXAMPLE = """
            {"referralId": "0b6f8c4e-51a6-4d7e-9c1b-6a0f3f1d2e11", "pathwayId": "5d3c2b1a-7e6f-4a9b-8c7d-1e2f3a4b5c6d",
             "clientId": "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a", "source": "EMPLOYMENT_SERVICES",
             "municipalityCode": "564", "requestedArea": "Oulu", "receivedAt": "2026-03-02T08:15:30Z"}""";

    @Inject
    IntakeService intake;

    @Inject
    Caller caller;

    @Schema(name = "IntakeReferral", example = INTAKE_EXAMPLE)
    public record IntakeView(
            @Schema(example = "0b6f8c4e-51a6-4d7e-9c1b-6a0f3f1d2e11")
            UUID referralId,

            @Schema(example = "5d3c2b1a-7e6f-4a9b-8c7d-1e2f3a4b5c6d")
            UUID pathwayId,

            @Schema(example = "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a")
            UUID clientId,

            @Schema(example = "EMPLOYMENT_SERVICES") ReferralSource source,

            @Schema(description = "Null under a security ban", example = "564", nullable = true)
            String municipalityCode,

            @Schema(
                    description = "The area or team the referrer asked for; null when none",
                    example = "Oulu",
                    nullable = true)
            String requestedArea,

            @Schema(example = "2026-03-02T08:15:30Z") Instant receivedAt)
            implements ClientData {

        static IntakeView of(IntakeReferral r) {
            return new IntakeView(
                    r.referralId, r.pathwayId, r.clientId, r.source, r.municipalityCode, r.requestedArea, r.receivedAt);
        }
    }

    @GET
    @RolesAllowed({Role.TEAM_ADMIN, Role.TEAM_MEMBER})
    @AccessLogged(Purpose.CLIENT_CARE)
    @Operation(
            summary = "List the intake",
            description = "Received referrals waiting for triage's decision that the "
                    + "caller's teams serve (their areas and municipalities, as the network's registry has them), oldest first, "
                    + "with the total. The county's professionals only: a referral not yet accepted is nobody else's.")
    @APIResponse(responseCode = "200", description = "One page of the intake")
    @APIResponse(responseCode = "400", description = "A paging parameter is out of range")
    public Page<IntakeView> list(
            @Parameter(description = "Only referrals asking for this area", example = "Oulu")
                    @QueryParam("area")
                    @Size(min = 1, max = 100)
                    String area,
            @Valid @BeanParam PageParams paging) {
        return intake.list(caller.teams(), Optional.ofNullable(area), paging.page(), paging.size())
                .map(IntakeView::of);
    }
}
