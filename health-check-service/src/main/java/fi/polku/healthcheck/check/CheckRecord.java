package fi.polku.healthcheck.check;

import fi.polku.events.HealthCheckFollowUp;
import fi.polku.events.WorkAbilityAssessment;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One version of what a completed check recorded. Rows are only ever added: version 1 is the record made at the
 * check, each amendment a later version that says why; the follow-ups live in {@code follow_up}.
 */
@Entity
@Table(name = "health_check_record")
public class CheckRecord extends PanacheEntityBase {

    @Id
    UUID id;

    @Column(name = "health_check_id")
    public UUID healthCheckId;

    public int version;

    @Column(name = "amendment_reason")
    public String amendmentReason;

    @Column(name = "service_type")
    String serviceType;

    @Column(name = "contact_type")
    String contactType;

    @Column(name = "spat_code")
    String spatCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason_code_system")
    ReasonCodeSystem reasonCodeSystem;

    @Column(name = "reason_code")
    String reasonCode;

    @Column(name = "work_ability_score")
    int workAbilityScore;

    @Enumerated(EnumType.STRING)
    @Column(name = "physical_health")
    ConcernLevel physicalHealth;

    @Column(name = "physical_health_note")
    String physicalHealthNote;

    @Enumerated(EnumType.STRING)
    @Column(name = "mental_health")
    ConcernLevel mentalHealth;

    @Column(name = "mental_health_note")
    String mentalHealthNote;

    @Enumerated(EnumType.STRING)
    @Column(name = "substance_use")
    ConcernLevel substanceUse;

    @Column(name = "substance_use_note")
    String substanceUseNote;

    @Enumerated(EnumType.STRING)
    @Column(name = "functional_ability")
    ConcernLevel functionalAbility;

    @Column(name = "functional_ability_note")
    String functionalAbilityNote;

    @Enumerated(EnumType.STRING)
    @Column(name = "social_situation")
    ConcernLevel socialSituation;

    @Column(name = "social_situation_note")
    String socialSituationNote;

    @Column(name = "audit_c")
    Integer auditC;

    Integer phq9;

    @Column(name = "blood_pressure_systolic")
    Integer bloodPressureSystolic;

    @Column(name = "blood_pressure_diastolic")
    Integer bloodPressureDiastolic;

    BigDecimal bmi;

    @Enumerated(EnumType.STRING)
    public WorkAbilityAssessment assessment;

    String note;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    protected CheckRecord() {}

    /** A version of the record; {@code amendmentReason} is given for every version after the first. */
    static CheckRecord of(
            UUID healthCheckId,
            int version,
            String amendmentReason,
            RecordContent content,
            String recordedBy,
            Instant now) {
        CheckRecord record = new CheckRecord();
        record.id = UUID.randomUUID();
        record.healthCheckId = healthCheckId;
        record.version = version;
        record.amendmentReason = amendmentReason == null ? null : amendmentReason.strip();
        RecordContent.Visit visit = content.visit();
        record.serviceType = visit.serviceType();
        record.contactType = visit.contactType();
        record.spatCode = visit.spatCode();
        record.reasonCodeSystem = visit.reasonCodeSystem();
        record.reasonCode = visit.reasonCode();
        record.workAbilityScore = content.workAbilityScore();
        RecordContent.Findings findings = content.findings();
        record.physicalHealth = findings.physicalHealth().level();
        record.physicalHealthNote = text(findings.physicalHealth().note());
        record.mentalHealth = findings.mentalHealth().level();
        record.mentalHealthNote = text(findings.mentalHealth().note());
        record.substanceUse = findings.substanceUse().level();
        record.substanceUseNote = text(findings.substanceUse().note());
        record.functionalAbility = findings.functionalAbility().level();
        record.functionalAbilityNote = text(findings.functionalAbility().note());
        record.socialSituation = findings.socialSituation().level();
        record.socialSituationNote = text(findings.socialSituation().note());
        RecordContent.Screening screening = content.screening();
        if (screening != null) {
            record.auditC = screening.auditC();
            record.phq9 = screening.phq9();
            if (screening.bloodPressure() != null) {
                record.bloodPressureSystolic = screening.bloodPressure().systolic();
                record.bloodPressureDiastolic = screening.bloodPressure().diastolic();
            }
            record.bmi = screening.bmi() == null ? null : screening.bmi().setScale(1, RoundingMode.UNNECESSARY);
        }
        record.assessment = content.assessment();
        record.note = text(content.note());
        record.recordedBy = recordedBy;
        record.recordedAt = now;
        return record;
    }

    /** The content as recorded, with the follow-ups given (they are kept apart, with their own life). */
    public RecordContent content(List<RecordContent.FollowUpItem> followUps) {
        RecordContent.Screening screening =
                auditC == null && phq9 == null && bloodPressureSystolic == null && bmi == null
                        ? null
                        : new RecordContent.Screening(
                                auditC,
                                phq9,
                                bloodPressureSystolic == null
                                        ? null
                                        : new RecordContent.BloodPressure(
                                                bloodPressureSystolic, bloodPressureDiastolic),
                                bmi);
        return new RecordContent(
                new RecordContent.Visit(serviceType, contactType, spatCode, reasonCodeSystem, reasonCode),
                workAbilityScore,
                new RecordContent.Findings(
                        new RecordContent.Finding(physicalHealth, physicalHealthNote),
                        new RecordContent.Finding(mentalHealth, mentalHealthNote),
                        new RecordContent.Finding(substanceUse, substanceUseNote),
                        new RecordContent.Finding(functionalAbility, functionalAbilityNote),
                        new RecordContent.Finding(socialSituation, socialSituationNote)),
                screening,
                assessment,
                followUps,
                note);
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static List<HealthCheckFollowUp> codes(List<RecordContent.FollowUpItem> followUps) {
        return followUps.stream().map(RecordContent.FollowUpItem::followUp).toList();
    }
}
