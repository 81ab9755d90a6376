package fi.polku.referral.referral;

import fi.polku.events.PathwayType;
import fi.polku.events.Redirection;
import fi.polku.events.RejectionReason;
import fi.polku.platform.validation.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies of the triage decisions. */
public final class TriageRequests {

    private TriageRequests() {}

    @Schema(name = "AcceptReferral")
    public record Accept(
            @Schema(example = "UNEMPLOYED") @NotNull PathwayType pathwayType,

            @Schema(description = "The area; the team's when a team is named (and then optional)", example = "Oulu")
            @Size(min = 1, max = 100)
            @SingleLine
            String area,

            @Schema(
                    description = "An active work-ability team of team-service's registry",
                    example = "7c1e9a52-3f4b-4d8e-9a61-2b5c7d8e9f01")
            UUID teamId) {}

    @Schema(name = "RejectReferral")
    public record Reject(
            @Schema(example = "NEEDS_OTHER_SERVICE") @NotNull
            RejectionReason reason,

            @Schema(example = "MENTAL_HEALTH_SERVICES") @NotNull
            Redirection redirection,

            @Schema(description = "Stays in referral-service", example = "Ohjattu psykiatrian poliklinikalle.")
            @Size(max = 4000)
            String note) {}

    @Schema(name = "RequestInformation")
    public record InformationRequest(
            @Schema(example = "Onko asiakkaalla voimassa oleva kuntoutussuunnitelma?") @NotBlank @Size(max = 4000)
            String question) {}
}
