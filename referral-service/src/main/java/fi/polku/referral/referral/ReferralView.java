package fi.polku.referral.referral;

import fi.polku.events.AgeGroup;
import fi.polku.events.LabourMarketStatus;
import fi.polku.events.PathwayType;
import fi.polku.events.Redirection;
import fi.polku.events.ReferralSource;
import fi.polku.events.RejectionReason;
import fi.polku.platform.accesslog.ClientData;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Referral", description = "A received referral")
public record ReferralView(
        @Schema(example = "0b6f8c4e-51a6-4d7e-9c1b-6a0f3f1d2e11")
        UUID id,

        @Schema(
                description = "The pathway (episode of support) the referral belongs to",
                example = "5d3c2b1a-7e6f-4a9b-8c7d-1e2f3a4b5c6d")
        UUID pathwayId,

        @Schema(example = "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a")
        UUID clientId,

        @Schema(description = "The client's age band at receipt", example = "AGE_35_44")
        AgeGroup ageGroup,

        @Schema(example = "EMPLOYMENT_SERVICES") ReferralSource source,
        @Schema(example = "TE-toimisto, Oulu") String referringOrganisation,
        @Schema(example = "Anna Asiantuntija") String referringPerson,

        @Schema(description = "The client's municipality at receipt; absent under a security ban", example = "564")
        String municipalityCode,

        @Schema(example = "Oulu") String requestedArea,

        @Schema(example = "Pitkään työttömänä, terveydentila selvitettävä.")
        String freeText,

        @Schema(example = "[\"LONG_TERM_UNEMPLOYMENT\", \"WORK_ABILITY_UNCLEAR\"]")
        Set<ReferralReason> reasons,

        @Schema(example = "UNEMPLOYED") LabourMarketStatus labourMarketStatus,
        @Schema(example = "2024-09-01") LocalDate unemployedSince,
        @Schema(example = "RECEIVED") ReferralStatus status,
        @Schema(example = "2026-03-02T08:15:30Z") Instant receivedAt,

        @Schema(description = "When accepted", example = "UNEMPLOYED")
        PathwayType pathwayType,

        @Schema(description = "When accepted", example = "Oulu")
        String assignedArea,

        @Schema(description = "When accepted, if named", example = "Oulu keskusta")
        String assignedTeam,

        @Schema(
                description = "The team in team-service's registry, when named by id",
                example = "7c1e9a52-3f4b-4d8e-9a61-2b5c7d8e9f01")
        UUID assignedTeamId,

        @Schema(description = "When rejected", example = "NEEDS_OTHER_SERVICE")
        RejectionReason rejectionReason,

        @Schema(description = "When rejected", example = "MENTAL_HEALTH_SERVICES")
        Redirection redirection,

        @Schema(description = "When rejected", example = "Ohjattu psykiatrian poliklinikalle.")
        String triageNote,

        @Schema(description = "What triage asked the referrer", example = "Onko kuntoutussuunnitelmaa?")
        String informationRequested,

        @Schema(description = "When accepted or rejected", example = "2026-03-04T10:00:00Z")
        Instant decidedAt)
        implements ClientData {

    static ReferralView of(Referral r) {
        return new ReferralView(
                r.id,
                r.pathwayId,
                r.clientId,
                r.ageGroup,
                r.source,
                r.referringOrganisation,
                r.referringPerson,
                r.municipalityCode,
                r.requestedArea,
                r.freeText,
                r.reasons(),
                r.labourMarketStatus,
                r.unemployedSince,
                r.status,
                r.receivedAt,
                r.pathwayType,
                r.assignedArea,
                r.assignedTeam,
                r.assignedTeamId,
                r.rejectionReason,
                r.redirection,
                r.triageNote,
                r.informationRequested,
                r.decidedAt);
    }
}
