package fi.polku.healthcheck.pathway;

import fi.polku.events.ReferralReceived;
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

/** A pathway as health-check-service knows it: who, from where first, and how many referrals so far. */
@Entity
@Table(name = "known_pathway")
public class KnownPathway extends PanacheEntityBase {

    @Id
    UUID pathwayId;

    UUID clientId;

    @Enumerated(EnumType.STRING)
    ReferralSource firstSource;

    @Column(name = "municipality_code", columnDefinition = "bpchar(3)")
    String municipalityCode;

    Instant firstReferredAt;

    int referrals;

    protected KnownPathway() {}

    static KnownPathway opened(ReferralReceived event) {
        KnownPathway pathway = new KnownPathway();
        pathway.pathwayId = event.pathwayId();
        pathway.clientId = event.clientId();
        pathway.firstSource = event.source();
        pathway.municipalityCode = event.municipalityCode();
        pathway.firstReferredAt = event.receivedAt();
        pathway.referrals = 1;
        return pathway;
    }

    /** Another referral for the same pathway: counted, and an earlier one becomes the first. */
    void referredAgain(ReferralReceived event) {
        referrals++;
        if (event.receivedAt().isBefore(firstReferredAt)) {
            firstReferredAt = event.receivedAt();
            firstSource = event.source();
        }
        if (event.municipalityCode() != null || municipalityCode == null) {
            municipalityCode = event.municipalityCode();
        }
    }
}
