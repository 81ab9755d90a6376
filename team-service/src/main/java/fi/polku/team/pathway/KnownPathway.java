package fi.polku.team.pathway;

import fi.polku.events.PathwayClosed;
import fi.polku.events.PathwayOpened;
import fi.polku.events.PathwayReopened;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A pathway as team-service knows it from pathway.referral.v1: whose it is, and whether it is open. */
@Entity
@Table(name = "pathway")
public class KnownPathway extends PanacheEntityBase {

    @Id
    public UUID pathwayId;

    public UUID clientId;

    @Enumerated(EnumType.STRING)
    public PathwayStatus status;

    public String area;
    /** The team's name as triage assigned it. */
    public String team;
    /** The standing team by id, as triage assigns it; none on pathways from before teams had ids. */
    public UUID teamId;

    public Instant openedAt;

    Instant closedAt;

    protected KnownPathway() {}

    static KnownPathway of(PathwayOpened opened) {
        KnownPathway pathway = new KnownPathway();
        pathway.pathwayId = opened.pathwayId();
        pathway.clientId = opened.clientId();
        pathway.status = PathwayStatus.OPEN;
        pathway.area = opened.area();
        pathway.team = opened.team();
        pathway.teamId = opened.teamId();
        pathway.openedAt = opened.openedAt();
        return pathway;
    }

    void apply(PathwayClosed closed) {
        status = PathwayStatus.CLOSED;
        closedAt = closed.closedAt();
    }

    void apply(PathwayReopened reopened) {
        status = PathwayStatus.OPEN;
        closedAt = null;
    }
}
