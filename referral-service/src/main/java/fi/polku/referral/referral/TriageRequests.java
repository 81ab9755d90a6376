package fi.polku.referral.referral;

import fi.polku.events.PathwayType;
import fi.polku.events.Redirection;
import fi.polku.events.RejectionReason;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies of the triage decisions. */
public final class TriageRequests {

    private TriageRequests() {
    }

    @Schema(name = "AcceptReferral")
    public record Accept(@Schema(example = "UNEMPLOYED") @NotNull PathwayType pathwayType,
            @Schema(example = "Oulu") @NotBlank @Size(max = 100) String area,
            @Schema(example = "Oulu keskusta") @Size(max = 100) String team) {
    }

    @Schema(name = "RejectReferral")
    public record Reject(@Schema(example = "NEEDS_OTHER_SERVICE") @NotNull RejectionReason reason,
            @Schema(example = "MENTAL_HEALTH_SERVICES") @NotNull Redirection redirection,
            @Schema(description = "Stays in referral-service", example = "Ohjattu psykiatrian poliklinikalle.")
            @Size(max = 4000) String note) {
    }

    @Schema(name = "RequestInformation")
    public record InformationRequest(
            @Schema(example = "Onko asiakkaalla voimassa oleva kuntoutussuunnitelma?") @NotBlank @Size(max = 4000)
            String question) {
    }
}
