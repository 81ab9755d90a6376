package fi.polku.healthcheck.check;

import fi.polku.events.HealthCheckFollowUp;
import fi.polku.events.WorkAbilityAssessment;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a completed health check records, as the recording guide structures it. Ranges are checked by Bean Validation
 * here; codes against their sets and shapes by {@link RecordRules}.
 */
@Schema(name = "HealthCheckRecordContent")
public record RecordContent(
        @NotNull @Valid Visit visit,

        @Schema(description = "Self-rated work ability, 0–10 (the work ability score)", example = "6")
        @NotNull
        @Min(0)
        @Max(10)
        Integer workAbilityScore,

        @NotNull @Valid Findings findings,

        @Schema(nullable = true) @Valid Screening screening,
        @Schema(example = "PARTIALLY_ABLE") @NotNull WorkAbilityAssessment assessment,
        @Size(max = 10) List<@NotNull @Valid FollowUpItem> followUps,

        @Schema(nullable = true, description = "The professional's note; stays in health-check-service")
        @Size(max = 4000)
        String note) {

    /** The visit as the outpatient register (Avohilmo) records it. */
    @Schema(name = "HealthCheckVisit")
    public record Visit(
            @Schema(description = "Service type (palvelumuoto), T and two digits", example = "T29") @NotBlank
            String serviceType,

            @Schema(description = "Contact type (yhteystapa)", example = "R10") @NotBlank
            String contactType,

            @Schema(description = "SPAT activity code", example = "SPAT1308") @NotBlank
            String spatCode,

            @Schema(example = "ICPC2") @NotNull ReasonCodeSystem reasonCodeSystem,

            @Schema(description = "The visit reason in that classification", example = "A98") @NotBlank
            String reasonCode) {}

    /** One area of findings: a coded level and, if needed, a note that stays here. */
    @Schema(name = "HealthCheckFinding")
    public record Finding(
            @Schema(example = "SOME_CONCERN") @NotNull ConcernLevel level,
            @Schema(nullable = true) @Size(max = 2000) String note) {}

    @Schema(name = "HealthCheckFindings")
    public record Findings(
            @NotNull @Valid Finding physicalHealth,
            @NotNull @Valid Finding mentalHealth,
            @NotNull @Valid Finding substanceUse,
            @NotNull @Valid Finding functionalAbility,
            @NotNull @Valid Finding socialSituation) {}

    /** Screening results where taken; each optional, each range-checked. */
    @Schema(name = "HealthCheckScreening")
    public record Screening(
            @Schema(nullable = true, description = "AUDIT-C, 0–12", example = "3") @Min(0) @Max(12)
            Integer auditC,

            @Schema(nullable = true, description = "PHQ-9, 0–27", example = "11") @Min(0) @Max(27)
            Integer phq9,

            @Schema(nullable = true) @Valid BloodPressure bloodPressure,

            @Schema(nullable = true, description = "Body mass index, 10–80", example = "27.4")
            @DecimalMin("10.0")
            @DecimalMax("80.0")
            BigDecimal bmi) {}

    @Schema(name = "BloodPressure")
    public record BloodPressure(
            @Schema(example = "132") @NotNull @Min(60) @Max(260)
            Integer systolic,

            @Schema(example = "84") @NotNull @Min(30) @Max(160)
            Integer diastolic) {}

    /** A follow-up and who is responsible for it. */
    @Schema(name = "HealthCheckFollowUpItem")
    public record FollowUpItem(
            @Schema(example = "DOCTOR_APPOINTMENT") @NotNull HealthCheckFollowUp followUp,

            @Schema(
                    description = "Who sees to it: a professional or a unit",
                    example = "Lääkäri Virtanen, Oulun terveysasema")
            @NotBlank
            @Size(max = 200)
            String responsible) {}

    public List<FollowUpItem> followUpItems() {
        return followUps == null ? List.of() : followUps;
    }
}
