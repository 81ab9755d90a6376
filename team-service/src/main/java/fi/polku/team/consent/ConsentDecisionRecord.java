package fi.polku.team.consent;

import fi.polku.events.ConsentGiven;
import fi.polku.events.ConsentPeriods;
import fi.polku.events.ConsentWithdrawn;
import fi.polku.events.OrganisationType;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/** A client's consent decision as client.consent.v1 told it: given for a period, or withdrawn from a day on. */
@Entity
@Table(name = "consent_decision")
public class ConsentDecisionRecord extends PanacheEntityBase {

    @Id
    UUID consentId;

    UUID clientId;

    boolean given;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "consent_decision_type", joinColumns = @JoinColumn(name = "consent_id"))
    @Column(name = "organisation_type")
    @Enumerated(EnumType.STRING)
    Set<OrganisationType> organisationTypes;

    LocalDate validFrom;

    LocalDate validUntil;

    Instant recordedAt;

    protected ConsentDecisionRecord() {}

    static ConsentDecisionRecord of(ConsentGiven event) {
        ConsentDecisionRecord decision = of(event.consentId(), event.clientId(), true, event.givenAt());
        decision.organisationTypes = EnumSet.copyOf(event.organisationTypes());
        decision.validFrom = event.validFrom();
        decision.validUntil = event.validUntil();
        return decision;
    }

    static ConsentDecisionRecord of(ConsentWithdrawn event) {
        ConsentDecisionRecord decision = of(event.consentId(), event.clientId(), false, event.withdrawnAt());
        decision.organisationTypes = EnumSet.copyOf(event.organisationTypes());
        decision.validFrom = event.effectiveFrom();
        return decision;
    }

    private static ConsentDecisionRecord of(UUID consentId, UUID clientId, boolean given, Instant recordedAt) {
        ConsentDecisionRecord decision = new ConsentDecisionRecord();
        decision.consentId = consentId;
        decision.clientId = clientId;
        decision.given = given;
        decision.recordedAt = recordedAt;
        return decision;
    }

    ConsentPeriods.Decision decision() {
        return new ConsentPeriods.Decision(given, organisationTypes, validFrom, validUntil);
    }
}
