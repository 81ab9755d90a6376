package fi.polku.team.consultation;

import fi.polku.events.ConsultationTopic;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A pathway referred to the work-ability competence centre; at most one per pathway. */
@Entity
@Table(name = "competence_centre_referral")
public class CompetenceCentreReferral extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID pathwayId;

    public UUID clientId;

    @Enumerated(EnumType.STRING)
    public ConsultationTopic topic;

    public String reason;

    public String referredBy;

    public Instant referredAt;

    protected CompetenceCentreReferral() {}

    static CompetenceCentreReferral of(
            UUID pathwayId, UUID clientId, ConsultationTopic topic, String reason, String referredBy, Instant now) {
        CompetenceCentreReferral referral = new CompetenceCentreReferral();
        referral.id = UUID.randomUUID();
        referral.pathwayId = pathwayId;
        referral.clientId = clientId;
        referral.topic = topic;
        referral.reason = reason.strip();
        referral.referredBy = referredBy;
        referral.referredAt = now;
        return referral;
    }
}
