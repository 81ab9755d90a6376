package fi.polku.team.intake;

import fi.polku.events.ReferralSource;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A received referral as the teams see it: coded facts only. */
@Entity
@Table(name = "intake_referral")
public class IntakeReferral extends PanacheEntityBase {

    @Id
    UUID referralId;

    UUID pathwayId;

    UUID clientId;

    @Enumerated(EnumType.STRING)
    ReferralSource source;

    @Column(name = "municipality_code", columnDefinition = "bpchar(3)")
    String municipalityCode;

    String requestedArea;

    Instant receivedAt;

    protected IntakeReferral() {}
}
