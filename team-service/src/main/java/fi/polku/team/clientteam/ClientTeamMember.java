package fi.polku.team.clientteam;

import fi.polku.events.LeavingReason;
import fi.polku.platform.validation.Text;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A professional on a client's team, from joining to leaving; who coordinates is a flag only one member holds. */
@Entity
@Table(name = "client_team_member")
public class ClientTeamMember extends PanacheEntityBase {

    @Id
    UUID id;

    UUID clientTeamId;

    public UUID professionalId;

    public String roleInCase;

    public boolean coordinator;

    public Instant joinedAt;

    public Instant leftAt;

    @Enumerated(EnumType.STRING)
    public LeavingReason leftReason;

    protected ClientTeamMember() {}

    static ClientTeamMember join(UUID clientTeamId, UUID professionalId, String roleInCase, Instant now) {
        ClientTeamMember member = new ClientTeamMember();
        member.id = UUID.randomUUID();
        member.clientTeamId = clientTeamId;
        member.professionalId = professionalId;
        member.roleInCase = role(roleInCase);
        member.joinedAt = now;
        return member;
    }

    static String role(String roleInCase) {
        return Text.stripToNull(roleInCase);
    }

    /** The member becomes the client's coordinator. */
    void coordinate() {
        coordinator = true;
    }

    /** The member is no longer the coordinator; another is named in the same transaction. */
    void stopCoordinating() {
        coordinator = false;
    }

    void changeRole(String roleInCase) {
        this.roleInCase = role(roleInCase);
    }

    void leave(LeavingReason reason, Instant now) {
        coordinator = false;
        leftAt = now;
        leftReason = reason;
    }
}
