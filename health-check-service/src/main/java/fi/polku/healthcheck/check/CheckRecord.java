package fi.polku.healthcheck.check;

import fi.polku.events.HealthCheckFollowUp;
import fi.polku.events.WorkAbilityAssessment;
import fi.polku.platform.rule.InvalidField;
import fi.polku.platform.validation.Text;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One version of what a completed check recorded. Rows are only ever added: version 1 is the record made at the
 * check, each amendment a later version that says why. Each version keeps the follow-ups it named, as it named them;
 * the follow-ups themselves live on in {@code follow_up}, closed and reassigned apart from the record.
 */
@Entity
@Table(name = "health_check_record")
public class CheckRecord extends PanacheEntityBase {

    /** A follow-up as a version of the record named it, with who was responsible then. */
    @Embeddable
    record NamedFollowUp(
            @Enumerated(EnumType.STRING) @Column(name = "follow_up")
            HealthCheckFollowUp followUp,

            String responsible) {}

    @Id
    UUID id;

    public UUID healthCheckId;

    public int version;

    public String amendmentReason;

    String serviceType;

    String contactType;

    String spatCode;

    @Enumerated(EnumType.STRING)
    ReasonCodeSystem reasonCodeSystem;

    String reasonCode;

    int workAbilityScore;

    @Enumerated(EnumType.STRING)
    ConcernLevel physicalHealth;

    String physicalHealthNote;

    @Enumerated(EnumType.STRING)
    ConcernLevel mentalHealth;

    String mentalHealthNote;

    @Enumerated(EnumType.STRING)
    ConcernLevel substanceUse;

    String substanceUseNote;

    @Enumerated(EnumType.STRING)
    ConcernLevel functionalAbility;

    String functionalAbilityNote;

    @Enumerated(EnumType.STRING)
    ConcernLevel socialSituation;

    String socialSituationNote;

    // A capital at the end gets no underscore from the naming strategy.
    @Column(name = "audit_c")
    Integer auditC;

    Integer phq9;

    Integer bloodPressureSystolic;

    Integer bloodPressureDiastolic;

    BigDecimal bmi;

    @Enumerated(EnumType.STRING)
    public WorkAbilityAssessment assessment;

    String note;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "health_check_record_follow_up", joinColumns = @JoinColumn(name = "record_id"))
    @OrderColumn(name = "position")
    List<NamedFollowUp> followUps = new ArrayList<>();

    public String recordedBy;

    public Instant recordedAt;

    protected CheckRecord() {}

    /**
     * A version of the record. Version 1, made at the check, amends nothing and has no reason; every later version is
     * an amendment and says why, else an InvalidField naming the amendment's {@code reason}.
     */
    static CheckRecord of(
            UUID healthCheckId,
            int version,
            String amendmentReason,
            RecordContent content,
            String recordedBy,
            Instant now) {
        if (version < 1) {
            throw new IllegalArgumentException("A record's versions count from 1, not " + version);
        }
        if (version == 1 && amendmentReason != null) {
            throw new IllegalArgumentException("Version 1 is the record made at the check: it has no amendment reason");
        }
        if (version > 1 && (amendmentReason == null || amendmentReason.isBlank())) {
            throw new InvalidField("reason", "must say why the record is amended");
        }
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
        record.physicalHealthNote = Text.stripToNull(findings.physicalHealth().note());
        record.mentalHealth = findings.mentalHealth().level();
        record.mentalHealthNote = Text.stripToNull(findings.mentalHealth().note());
        record.substanceUse = findings.substanceUse().level();
        record.substanceUseNote = Text.stripToNull(findings.substanceUse().note());
        record.functionalAbility = findings.functionalAbility().level();
        record.functionalAbilityNote =
                Text.stripToNull(findings.functionalAbility().note());
        record.socialSituation = findings.socialSituation().level();
        record.socialSituationNote = Text.stripToNull(findings.socialSituation().note());
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
        record.note = Text.stripToNull(content.note());
        content.followUpItems()
                .forEach(item -> record.followUps.add(
                        new NamedFollowUp(item.followUp(), item.responsible().strip())));
        record.recordedBy = recordedBy;
        record.recordedAt = now;
        return record;
    }

    /** The content as this version recorded it, its follow-ups as it named them. */
    public RecordContent content() {
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
                followUps.stream()
                        .map(named -> new RecordContent.FollowUpItem(named.followUp(), named.responsible()))
                        .toList(),
                note);
    }

    static List<HealthCheckFollowUp> codes(List<RecordContent.FollowUpItem> followUps) {
        return followUps.stream().map(RecordContent.FollowUpItem::followUp).toList();
    }
}
