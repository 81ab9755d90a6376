package fi.polku.referral.plan;

import fi.polku.platform.rule.StateConflict;
import fi.polku.platform.validation.Text;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One version of a pathway's plan; never changed once written. */
@Entity
@Table(name = "plan_version")
public class PlanVersion extends PanacheEntityBase {

    @Id
    UUID id;

    public UUID pathwayId;

    public int version;

    @JdbcTypeCode(SqlTypes.JSON)
    public String content;

    public String changeNote;

    public String createdBy;

    public Instant createdAt;

    protected PlanVersion() {}

    /**
     * The version after {@code current}. The author says which version the change is based on, so two
     * people editing the same version cannot silently overwrite each other: the second one gets a 409.
     */
    static PlanVersion next(
            Optional<PlanVersion> current,
            Integer basedOnVersion,
            UUID pathwayId,
            String content,
            String changeNote,
            String by,
            Instant now) {
        int currentVersion = current.map(v -> v.version).orElse(0);
        int basedOn = basedOnVersion == null ? 0 : basedOnVersion;
        if (basedOn != currentVersion) {
            throw new StateConflict(
                    currentVersion == 0
                            ? "The pathway has no plan yet; a first plan is based on version 0"
                            : "The plan is at version " + currentVersion + ", not " + basedOn
                                    + "; read it again and base the change on it");
        }
        PlanVersion next = new PlanVersion();
        next.id = UUID.randomUUID();
        next.pathwayId = pathwayId;
        next.version = currentVersion + 1;
        next.content = content;
        next.changeNote = Text.stripToNull(changeNote);
        next.createdBy = by;
        next.createdAt = now;
        return next;
    }
}
