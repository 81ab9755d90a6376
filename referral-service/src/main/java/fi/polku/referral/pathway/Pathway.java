package fi.polku.referral.pathway;

import fi.polku.events.AgeGroup;
import fi.polku.events.PathwayOpened;
import fi.polku.events.PathwayType;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One episode of work-ability support for one client. */
@Entity
public class Pathway extends PanacheEntityBase {

    @Id
    UUID id;
    @Column(name = "client_id")
    UUID clientId;
    @Enumerated(EnumType.STRING)
    PathwayType type;
    String area;
    String team;
    @Enumerated(EnumType.STRING)
    PathwayStatus status;
    @Column(name = "opened_at")
    Instant openedAt;

    protected Pathway() {
    }

    /** Opens pathway {@code id} for a client; the id is the one its first referral was received on. */
    public static Pathway open(UUID id, UUID clientId, PathwayType type, String area, String team, Instant now) {
        Pathway pathway = new Pathway();
        pathway.id = Objects.requireNonNull(id, "id");
        pathway.clientId = Objects.requireNonNull(clientId, "clientId");
        pathway.type = Objects.requireNonNull(type, "type");
        pathway.area = Objects.requireNonNull(area, "area").strip();
        pathway.team = team == null || team.isBlank() ? null : team.strip();
        pathway.status = PathwayStatus.OPEN;
        pathway.openedAt = Objects.requireNonNull(now, "now");
        return pathway;
    }

    /** The event of its opening; age band and municipality are the client's, given by the caller. */
    public PathwayOpened openedEvent(AgeGroup ageGroup, String disclosableMunicipalityCode) {
        return new PathwayOpened(id, clientId, ageGroup, disclosableMunicipalityCode, type, area, team, openedAt);
    }

    public UUID id() {
        return id;
    }

    public UUID clientId() {
        return clientId;
    }

    public PathwayStatus status() {
        return status;
    }
}
