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

@Schema(name = "Referral", description = "A received referral", example = ReferralView.EXAMPLE)
public record ReferralView(
        @Schema(example = "0b6f8c4e-51a6-4d7e-9c1b-6a0f3f1d2e11")
        UUID id,

        @Schema(
                description = "The pathway (episode of support) the referral belongs to",
                example = "5d3c2b1a-7e6f-4a9b-8c7d-1e2f3a4b5c6d")
        UUID pathwayId,

        @Schema(example = "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a")
        UUID clientId,

        @Schema(
                nullable = true,
                description =
                        "The client's age band at receipt; none on referrals from before clients were " + "registered",
                example = "AGE_35_44")
        AgeGroup ageGroup,

        @Schema(example = "EMPLOYMENT_SERVICES") ReferralSource source,
        @Schema(example = "TE-toimisto, Oulu") String referringOrganisation,

        @Schema(nullable = true, example = "Anna Asiantuntija")
        String referringPerson,

        @Schema(
                nullable = true,
                description = "The client's municipality at receipt; absent under a security ban",
                example = "564")
        String municipalityCode,

        @Schema(nullable = true, example = "Oulu") String requestedArea,

        @Schema(nullable = true, example = "Pitkään työttömänä, terveydentila selvitettävä.")
        String freeText,

        @Schema(example = "[\"LONG_TERM_UNEMPLOYMENT\", \"WORK_ABILITY_UNCLEAR\"]")
        Set<ReferralReason> reasons,

        @Schema(
                nullable = true,
                description = "None on referrals from before labour-market statuses were recorded",
                example = "UNEMPLOYED")
        LabourMarketStatus labourMarketStatus,

        @Schema(nullable = true, description = "When UNEMPLOYED", example = "2024-09-01")
        LocalDate unemployedSince,

        @Schema(example = "RECEIVED") ReferralStatus status,
        @Schema(example = "2026-03-02T08:15:30Z") Instant receivedAt,

        @Schema(nullable = true, description = "When accepted", example = "UNEMPLOYED")
        PathwayType pathwayType,

        @Schema(nullable = true, description = "When accepted", example = "Oulu")
        String assignedArea,

        @Schema(nullable = true, description = "When accepted, if named", example = "Oulu keskusta")
        String assignedTeam,

        @Schema(
                nullable = true,
                description = "The team in team-service's registry, when named by id",
                example = "7c1e9a52-3f4b-4d8e-9a61-2b5c7d8e9f01")
        UUID assignedTeamId,

        @Schema(nullable = true, description = "When rejected", example = "NEEDS_OTHER_SERVICE")
        RejectionReason rejectionReason,

        @Schema(nullable = true, description = "When rejected", example = "MENTAL_HEALTH_SERVICES")
        Redirection redirection,

        @Schema(nullable = true, description = "When rejected", example = "Ohjattu psykiatrian poliklinikalle.")
        String triageNote,

        @Schema(
                nullable = true,
                description = "What triage asked the referrer",
                example = "Onko kuntoutussuunnitelmaa?")
        String informationRequested,

        @Schema(nullable = true, description = "When accepted or rejected", example = "2026-03-04T10:00:00Z")
        Instant decidedAt)
        implements ClientData, ReferralOrReceipt {

    static final String EXAMPLE = """
            {"id": "0b6f8c4e-51a6-4d7e-9c1b-6a0f3f1d2e11", "pathwayId": "5d3c2b1a-7e6f-4a9b-8c7d-1e2f3a4b5c6d",
             "clientId": "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a", "ageGroup": "AGE_35_44",
             "source": "EMPLOYMENT_SERVICES", "referringOrganisation": "TE-toimisto, Oulu",
             "referringPerson": "Anna Asiantuntija", "municipalityCode": "564", "requestedArea": "Oulu",
             "freeText": "Pitkään työttömänä, terveydentila selvitettävä.", "reasons": ["LONG_TERM_UNEMPLOYMENT"],
             "labourMarketStatus": "UNEMPLOYED", "unemployedSince": "2024-09-01", "status": "RECEIVED",
             "receivedAt": "2026-03-02T08:15:30Z", "pathwayType": null, "assignedArea": null, "assignedTeam": null,
             "assignedTeamId": null, "rejectionReason": null, "redirection": null, "triageNote": null,
             "informationRequested": null, "decidedAt": null}""";

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
