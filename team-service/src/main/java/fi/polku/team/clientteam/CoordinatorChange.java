package fi.polku.team.clientteam;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A change of a client's coordinator, the first naming included: who took over from whom, when and on whose act. */
@Entity
@Table(name = "coordinator_change")
public class CoordinatorChange extends PanacheEntityBase {

    @Id
    UUID id;

    @Column(name = "client_team_id")
    UUID clientTeamId;

    @Column(name = "previous_coordinator_id")
    public UUID previousCoordinatorId;

    @Column(name = "coordinator_id")
    public UUID coordinatorId;

    @Column(name = "changed_at")
    public Instant changedAt;

    @Column(name = "changed_by")
    public String changedBy;

    protected CoordinatorChange() {}

    static CoordinatorChange of(UUID clientTeamId, UUID previous, UUID next, Instant at, String by) {
        CoordinatorChange change = new CoordinatorChange();
        change.id = UUID.randomUUID();
        change.clientTeamId = clientTeamId;
        change.previousCoordinatorId = previous;
        change.coordinatorId = next;
        change.changedAt = at;
        change.changedBy = by;
        return change;
    }
}
