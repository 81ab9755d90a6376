package fi.polku.referral.referral;

import fi.polku.events.LabourMarketStatus;
import fi.polku.events.ReferralSource;
import fi.polku.platform.validation.PlausibleDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReferralRequest", description = "A referral into work-ability support")
public record ReferralRequest(
        @Schema(
                description = "The client, registered in /api/v1/clients",
                example = "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a")
        @NotNull
        UUID clientId,

        @Schema(description = "Where the referral comes from", example = "EMPLOYMENT_SERVICES") @NotNull
        ReferralSource source,

        @Schema(description = "The referring organisation", example = "TE-toimisto, Oulu") @NotBlank @Size(max = 200)
        String referringOrganisation,

        @Schema(description = "The referring professional", example = "Anna Asiantuntija") @Size(max = 200)
        String referringPerson,

        @Schema(description = "The area or team asked for", example = "Oulu") @Size(max = 100)
        String requestedArea,

        @Schema(
                description = "Why the client is referred, in the referrer's words",
                example = "Pitkään työttömänä, terveydentila selvitettävä.")
        @Size(max = 4000)
        String freeText,

        @Schema(
                description = "Why the client is referred, coded",
                example = "[\"LONG_TERM_UNEMPLOYMENT\", \"WORK_ABILITY_UNCLEAR\"]")
        @NotEmpty
        Set<@NotNull ReferralReason> reasons,

        @Schema(description = "The client's labour-market status", example = "UNEMPLOYED") @NotNull
        LabourMarketStatus labourMarketStatus,

        @Schema(description = "Required when UNEMPLOYED, otherwise absent", example = "2024-09-01") @PlausibleDate
        LocalDate unemployedSince) {

    NewReferral toNewReferral() {
        return new NewReferral(
                clientId,
                source,
                referringOrganisation,
                referringPerson,
                requestedArea,
                freeText,
                reasons,
                labourMarketStatus,
                unemployedSince);
    }
}
