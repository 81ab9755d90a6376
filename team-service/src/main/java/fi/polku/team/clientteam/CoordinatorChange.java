package fi.polku.team.clientteam;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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

    UUID clientTeamId;

    public UUID previousCoordinatorId;

    public UUID coordinatorId;

    public Instant changedAt;

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
