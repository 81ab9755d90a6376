package fi.polku.referral.team;

import fi.polku.events.StandingTeamChanged;
import fi.polku.events.TeamKind;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A standing team as the registry last said it was. */
@Entity
@Table(name = "known_team")
public class KnownTeam extends PanacheEntityBase {

    @Id
    public UUID teamId;

    public String name;

    @Enumerated(EnumType.STRING)
    public TeamKind kind;

    public String area;
    public boolean active;

    Instant changedAt;

    protected KnownTeam() {}

    static KnownTeam of(StandingTeamChanged changed) {
        KnownTeam team = new KnownTeam();
        team.teamId = changed.teamId();
        team.apply(changed);
        return team;
    }

    /** Takes the newer version only: a replayed or late older record leaves the team as it is. */
    void apply(StandingTeamChanged changed) {
        if (changedAt != null && changed.changedAt().isBefore(changedAt)) {
            return;
        }
        name = changed.name();
        kind = changed.kind();
        area = changed.area();
        active = changed.active();
        changedAt = changed.changedAt();
    }
}
