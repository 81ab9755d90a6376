package fi.polku.referral.pathway;

import fi.polku.events.Outcome;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The record of a pathway's reopening: what its outcome had been, why and by whom it was reopened. */
@Entity
@Table(name = "pathway_reopening")
public class Reopening extends PanacheEntityBase {

    @Id
    UUID id;

    UUID pathwayId;

    @Enumerated(EnumType.STRING)
    public Outcome previousOutcome;

    Instant previousClosedAt;

    public String reason;

    public String reopenedBy;

    public Instant reopenedAt;

    protected Reopening() {}

    static Reopening of(
            UUID pathwayId,
            Outcome previousOutcome,
            Instant previousClosedAt,
            String reason,
            String reopenedBy,
            Instant now) {
        Reopening reopening = new Reopening();
        reopening.id = UUID.randomUUID();
        reopening.pathwayId = pathwayId;
        reopening.previousOutcome = previousOutcome;
        reopening.previousClosedAt = previousClosedAt;
        reopening.reason = reason;
        reopening.reopenedBy = reopenedBy;
        reopening.reopenedAt = now;
        return reopening;
    }
}
