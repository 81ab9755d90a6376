package fi.polku.referral.referral;

import fi.polku.events.AgeGroup;
import fi.polku.events.LabourMarketStatus;
import fi.polku.events.OrganisationType;
import fi.polku.events.PathwayType;
import fi.polku.events.Redirection;
import fi.polku.events.ReferralAccepted;
import fi.polku.events.ReferralReceived;
import fi.polku.events.ReferralRejected;
import fi.polku.events.ReferralSource;
import fi.polku.events.RejectionReason;
import fi.polku.platform.FinnishTime;
import fi.polku.platform.rule.InvalidField;
import fi.polku.platform.rule.RuleBroken;
import fi.polku.platform.rule.StateConflict;
import fi.polku.platform.validation.Text;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A referral into work-ability support. */
@Entity
public class Referral extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID pathwayId;

    public UUID clientId;

    @Enumerated(EnumType.STRING)
    public AgeGroup ageGroup;

    @Enumerated(EnumType.STRING)
    public ReferralSource source;

    public String referringOrganisation;

    public String referringPerson;

    @Column(name = "municipality_code", columnDefinition = "bpchar(3)")
    public String municipalityCode;

    public String requestedArea;

    public String freeText;

    @Enumerated(EnumType.STRING)
    public ReferralStatus status;

    public Instant receivedAt;

    @Enumerated(EnumType.STRING)
    public PathwayType pathwayType;

    public String assignedArea;

    public String assignedTeam;

    public UUID assignedTeamId;

    @Enumerated(EnumType.STRING)
    public RejectionReason rejectionReason;

    @Enumerated(EnumType.STRING)
    public Redirection redirection;

    public String triageNote;

    public String informationRequested;

    public Instant decidedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "referral_reason", joinColumns = @JoinColumn(name = "referral_id"))
    @Column(name = "reason")
    @Enumerated(EnumType.STRING)
    Set<ReferralReason> reasons;

    @Enumerated(EnumType.STRING)
    public LabourMarketStatus labourMarketStatus;

    public LocalDate unemployedSince;

    protected Referral() {}

    /**
     * A referral sent by an outside organisation (its professional or its system) comes from that organisation:
     * the source is its own, so that where clients come from is counted as it happened. The county's own referral
     * handlers record referrals that reached them from anywhere.
     */
    public static void requireOwnSource(ReferralSource source, Optional<OrganisationType> referrer) {
        referrer.map(OrganisationType::referralSource)
                .filter(own -> own != source)
                .ifPresent(own -> {
                    throw new RuleBroken(
                            "own-source", "source", "must be " + own + ": an outside organisation refers as itself");
                });
    }

    /**
     * A referral as received. It belongs to the client's open pathway when there is one; otherwise it
     * names the pathway its acceptance would open. Blank optional texts are stored as absent. The client's
     * age band and disclosable municipality (none under a security ban) are kept as they were at receipt.
     */
    public static Referral receive(
            NewReferral details,
            AgeGroup ageGroup,
            String disclosableMunicipalityCode,
            Optional<UUID> openPathwayId,
            Instant now) {
        Referral referral = new Referral();
        referral.id = UUID.randomUUID();
        referral.pathwayId = openPathwayId.orElseGet(UUID::randomUUID);
        referral.clientId = Objects.requireNonNull(details.clientId(), "clientId");
        referral.ageGroup = Objects.requireNonNull(ageGroup, "ageGroup");
        referral.source = Objects.requireNonNull(details.source(), "source");
        referral.referringOrganisation =
                Objects.requireNonNull(Text.stripToNull(details.referringOrganisation()), "referringOrganisation");
        referral.referringPerson = Text.stripToNull(details.referringPerson());
        referral.municipalityCode = disclosableMunicipalityCode;
        referral.requestedArea = Text.stripToNull(details.requestedArea());
        referral.freeText = Text.stripToNull(details.freeText());
        referral.status = ReferralStatus.RECEIVED;
        referral.receivedAt = Objects.requireNonNull(now, "now");
        referral.reasons = EnumSet.copyOf(Objects.requireNonNull(details.reasons(), "reasons"));
        referral.labourMarketStatus = Objects.requireNonNull(details.labourMarketStatus(), "labourMarketStatus");
        referral.unemployedSince = unemployedSince(details, FinnishTime.dayOf(now));
        return referral;
    }

    /** Since when the client has been unemployed: required for the unemployed, meaningless for others. */
    private static LocalDate unemployedSince(NewReferral details, LocalDate today) {
        LocalDate since = details.unemployedSince();
        if (details.labourMarketStatus() != LabourMarketStatus.UNEMPLOYED) {
            if (since != null) {
                throw new InvalidField("unemployedSince", "applies only when labourMarketStatus is UNEMPLOYED");
            }
            return null;
        }
        if (since == null) {
            throw new InvalidField("unemployedSince", "is required when labourMarketStatus is UNEMPLOYED");
        }
        if (since.isAfter(today)) {
            throw new InvalidField("unemployedSince", "must not be in the future");
        }
        return since;
    }

    /**
     * The event this referral's receipt causes. The referrer's free text and name stay in this service:
     * free text may hold health details, and other services need neither.
     */
    public ReferralReceived receivedEvent() {
        return new ReferralReceived(
                id,
                pathwayId,
                clientId,
                ageGroup,
                source,
                municipalityCode,
                requestedArea,
                labourMarketStatus,
                unemployedSince,
                receivedAt);
    }

    /** Accepts the referral onto its pathway, assigned to an area and possibly a team (its name and id). */
    public ReferralAccepted accept(PathwayType type, String area, String team, UUID teamId, Instant now) {
        requireUndecided("accepted");
        status = ReferralStatus.ACCEPTED;
        pathwayType = Objects.requireNonNull(type, "type");
        assignedArea = Objects.requireNonNull(Text.stripToNull(area), "area");
        assignedTeam = Text.stripToNull(team);
        assignedTeamId = teamId;
        decidedAt = now;
        return new ReferralAccepted(
                id, pathwayId, clientId, pathwayType, assignedArea, assignedTeam, assignedTeamId, now);
    }

    /** Rejects the referral; the note stays here, the coded reason and redirection travel. */
    public ReferralRejected reject(RejectionReason reason, Redirection suggestion, String note, Instant now) {
        requireUndecided("rejected");
        status = ReferralStatus.REJECTED;
        rejectionReason = Objects.requireNonNull(reason, "reason");
        redirection = Objects.requireNonNull(suggestion, "redirection");
        triageNote = Text.stripToNull(note);
        decidedAt = now;
        return new ReferralRejected(id, pathwayId, clientId, rejectionReason, redirection, now);
    }

    /** Asks the referrer for more information; the referral can then still be accepted or rejected. */
    public void requestInformation(String question) {
        requireUndecided("sent back for more information");
        status = ReferralStatus.MORE_INFORMATION_REQUESTED;
        informationRequested = Objects.requireNonNull(Text.stripToNull(question), "question");
    }

    private void requireUndecided(String wouldBe) {
        if (status == ReferralStatus.ACCEPTED || status == ReferralStatus.REJECTED) {
            throw new StateConflict("Referral " + id + " is already " + status + " and cannot be " + wouldBe);
        }
    }

    public Set<ReferralReason> reasons() {
        return reasons == null || reasons.isEmpty() ? Set.of() : EnumSet.copyOf(reasons);
    }
}
