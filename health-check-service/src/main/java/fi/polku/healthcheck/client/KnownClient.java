package fi.polku.healthcheck.client;

import fi.polku.events.EmploymentHealthCheckRequested;
import fi.polku.events.LabourMarketStatus;
import fi.polku.events.PathwayOpened;
import fi.polku.events.ReferralReceived;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A client as the latest referral or pathway about them described them. */
@Entity
@Table(name = "known_client")
public class KnownClient extends PanacheEntityBase {

    @Id
    public UUID clientId;

    @Column(name = "municipality_code", columnDefinition = "bpchar(3)")
    public String municipalityCode;

    public String area;

    @Enumerated(EnumType.STRING)
    public LabourMarketStatus labourMarketStatus;

    public LocalDate unemployedSince;

    public UUID latestPathwayId;

    Instant asOf;

    protected KnownClient() {}

    /** Takes what a referral says, unless something newer has been applied; an older event changes nothing. */
    void apply(ReferralReceived referral) {
        if (newer(referral.receivedAt())) {
            describe(
                    referral.municipalityCode(),
                    referral.requestedArea(),
                    referral.labourMarketStatus(),
                    referral.unemployedSince(),
                    referral.pathwayId(),
                    referral.receivedAt());
        }
    }

    void apply(PathwayOpened opened) {
        if (newer(opened.openedAt())) {
            describe(
                    opened.municipalityCode(),
                    opened.area(),
                    opened.labourMarketStatus(),
                    opened.unemployedSince(),
                    opened.pathwayId(),
                    opened.openedAt());
        }
    }

    /** An employment system's request says where the client lives and since when they are unemployed. */
    void apply(EmploymentHealthCheckRequested request) {
        if (newer(request.requestedAt())) {
            describe(
                    request.municipalityCode(),
                    null,
                    request.labourMarketStatus(),
                    request.unemployedSince(),
                    latestPathwayId,
                    request.requestedAt());
        }
    }

    private boolean newer(Instant at) {
        return !at.isBefore(asOf);
    }

    private void describe(
            String municipality, String area, LabourMarketStatus status, LocalDate since, UUID pathwayId, Instant at) {
        // A security ban removes the municipality from the events: then none is kept, not an older one.
        municipalityCode = municipality;
        if (area != null && !area.isBlank()) {
            this.area = area.strip();
        }
        if (status != null) {
            labourMarketStatus = status;
            unemployedSince = status == LabourMarketStatus.UNEMPLOYED ? since : null;
        }
        latestPathwayId = pathwayId;
        asOf = at;
    }
}
