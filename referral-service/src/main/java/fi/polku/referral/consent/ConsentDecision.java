package fi.polku.referral.consent;

import fi.polku.events.ConsentEvent;
import fi.polku.events.ConsentGiven;
import fi.polku.events.ConsentWithdrawn;
import fi.polku.events.OrganisationType;
import fi.polku.platform.rule.InvalidField;
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
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * One recorded consent decision: given for a period, or withdrawn from a day on. Never changed once
 * recorded; a change of mind is a new decision.
 */
@Entity
@Table(name = "consent_decision")
public class ConsentDecision extends PanacheEntityBase {

    /** Whether the client gave or withdrew consent. */
    public enum Kind {
        GIVEN,
        WITHDRAWN
    }

    @Id
    public UUID id;

    public UUID clientId;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "consent_decision_organisation", joinColumns = @JoinColumn(name = "decision_id"))
    @Column(name = "organisation_type")
    @Enumerated(EnumType.STRING)
    Set<OrganisationType> organisationTypes;
    /** For a withdrawal, the first day it takes effect. */
    public LocalDate validFrom;

    public LocalDate validUntil;

    public String recordedBy;

    public Instant recordedAt;

    protected ConsentDecision() {}

    /**
     * Consent given for a period. A period that ends before it starts, or has already ended, would never
     * be in force: refused, naming {@code validUntil}.
     */
    static ConsentDecision given(
            UUID clientId,
            Set<OrganisationType> types,
            LocalDate validFrom,
            LocalDate validUntil,
            LocalDate today,
            String recordedBy,
            Instant now) {
        if (validUntil != null && validUntil.isBefore(validFrom)) {
            throw new InvalidField("validUntil", "must not be before validFrom (" + validFrom + ")");
        }
        if (validUntil != null && validUntil.isBefore(today)) {
            throw new InvalidField("validUntil", "must not be in the past");
        }
        return decision(Kind.GIVEN, clientId, types, validFrom, validUntil, recordedBy, now);
    }

    /** Consent withdrawn from a day on; never from a past day, since data already shared stays shared. */
    static ConsentDecision withdrawn(
            UUID clientId,
            Set<OrganisationType> types,
            LocalDate effectiveFrom,
            LocalDate today,
            String recordedBy,
            Instant now) {
        if (effectiveFrom.isBefore(today)) {
            throw new InvalidField("effectiveFrom", "must not be in the past");
        }
        return decision(Kind.WITHDRAWN, clientId, types, effectiveFrom, null, recordedBy, now);
    }

    private static ConsentDecision decision(
            Kind kind,
            UUID clientId,
            Set<OrganisationType> types,
            LocalDate from,
            LocalDate until,
            String recordedBy,
            Instant now) {
        if (types.isEmpty()) {
            throw new IllegalArgumentException("no organisation type");
        }
        ConsentDecision decision = new ConsentDecision();
        decision.id = UUID.randomUUID();
        decision.kind = kind;
        decision.clientId = Objects.requireNonNull(clientId, "clientId");
        decision.organisationTypes = EnumSet.copyOf(types);
        decision.validFrom = Objects.requireNonNull(from, "from");
        decision.validUntil = until;
        decision.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
        decision.recordedAt = Objects.requireNonNull(now, "now");
        return decision;
    }

    /** The event that tells other services about this decision; who recorded it stays here. */
    ConsentEvent event() {
        List<OrganisationType> types = List.copyOf(EnumSet.copyOf(organisationTypes));
        return kind == Kind.GIVEN
                ? new ConsentGiven(id, clientId, types, validFrom, validUntil, recordedAt)
                : new ConsentWithdrawn(id, clientId, types, validFrom, recordedAt);
    }

    boolean covers(OrganisationType type) {
        return organisationTypes.contains(type);
    }

    public Set<OrganisationType> organisationTypes() {
        return EnumSet.copyOf(organisationTypes);
    }
}
