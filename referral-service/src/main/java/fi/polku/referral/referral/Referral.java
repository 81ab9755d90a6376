package fi.polku.referral.referral;

import fi.polku.events.AgeGroup;
import fi.polku.events.ReferralReceived;
import fi.polku.events.ReferralSource;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A referral into work-ability support. */
@Entity
public class Referral extends PanacheEntityBase {

    @Id
    UUID id;
    @Column(name = "pathway_id")
    UUID pathwayId;
    @Column(name = "client_id")
    UUID clientId;
    @Enumerated(EnumType.STRING)
    @Column(name = "age_group")
    AgeGroup ageGroup;
    @Enumerated(EnumType.STRING)
    ReferralSource source;
    @Column(name = "referring_organisation")
    String referringOrganisation;
    @Column(name = "referring_person")
    String referringPerson;
    @Column(name = "municipality_code", columnDefinition = "bpchar(3)")
    String municipalityCode;
    @Column(name = "requested_area")
    String requestedArea;
    @Column(name = "free_text")
    String freeText;
    @Enumerated(EnumType.STRING)
    ReferralStatus status;
    @Column(name = "received_at")
    Instant receivedAt;

    protected Referral() {
    }

    /**
     * A referral as received: a new pathway (episode of support) is identified by it until triage
     * attaches it to the client's open pathway. Blank optional texts are stored as absent. The client's
     * age band and disclosable municipality (none under a security ban) are kept as they were at receipt.
     */
    public static Referral receive(NewReferral details, AgeGroup ageGroup, String disclosableMunicipalityCode,
            Instant now) {
        Referral referral = new Referral();
        referral.id = UUID.randomUUID();
        referral.pathwayId = UUID.randomUUID();
        referral.clientId = Objects.requireNonNull(details.clientId(), "clientId");
        referral.ageGroup = Objects.requireNonNull(ageGroup, "ageGroup");
        referral.source = Objects.requireNonNull(details.source(), "source");
        referral.referringOrganisation = Objects.requireNonNull(blankToNull(details.referringOrganisation()),
                "referringOrganisation");
        referral.referringPerson = blankToNull(details.referringPerson());
        referral.municipalityCode = disclosableMunicipalityCode;
        referral.requestedArea = blankToNull(details.requestedArea());
        referral.freeText = blankToNull(details.freeText());
        referral.status = ReferralStatus.RECEIVED;
        referral.receivedAt = Objects.requireNonNull(now, "now");
        return referral;
    }

    /**
     * The event this referral's receipt causes. The referrer's free text and name stay in this service:
     * free text may hold health details, and other services need neither.
     */
    public ReferralReceived receivedEvent() {
        return new ReferralReceived(id, pathwayId, clientId, ageGroup, source, municipalityCode, requestedArea,
                receivedAt);
    }

    public UUID id() {
        return id;
    }

    public UUID pathwayId() {
        return pathwayId;
    }

    public UUID clientId() {
        return clientId;
    }

    public AgeGroup ageGroup() {
        return ageGroup;
    }

    public ReferralSource source() {
        return source;
    }

    public String referringOrganisation() {
        return referringOrganisation;
    }

    public String referringPerson() {
        return referringPerson;
    }

    public String municipalityCode() {
        return municipalityCode;
    }

    public String requestedArea() {
        return requestedArea;
    }

    public String freeText() {
        return freeText;
    }

    public ReferralStatus status() {
        return status;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
