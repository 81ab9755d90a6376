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
    @Column(name = "referral_id")
    UUID referralId;

    @Column(name = "pathway_id")
    UUID pathwayId;

    @Column(name = "client_id")
    UUID clientId;

    @Enumerated(EnumType.STRING)
    ReferralSource source;

    @Column(name = "municipality_code", columnDefinition = "bpchar(3)")
    String municipalityCode;

    @Column(name = "requested_area")
    String requestedArea;

    @Column(name = "received_at")
    Instant receivedAt;

    protected IntakeReferral() {}
}
