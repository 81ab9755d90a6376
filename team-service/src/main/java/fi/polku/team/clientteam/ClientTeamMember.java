package fi.polku.team.clientteam;

import fi.polku.events.LeavingReason;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
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

    @Column(name = "client_team_id")
    UUID clientTeamId;

    @Column(name = "professional_id")
    UUID professionalId;

    @Column(name = "role_in_case")
    String roleInCase;

    boolean coordinator;

    @Column(name = "joined_at")
    Instant joinedAt;

    @Column(name = "left_at")
    Instant leftAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "left_reason")
    LeavingReason leftReason;

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
        return roleInCase == null || roleInCase.isBlank() ? null : roleInCase.strip();
    }

    void leave(LeavingReason reason, Instant now) {
        coordinator = false;
        leftAt = now;
        leftReason = reason;
    }

    public UUID professionalId() {
        return professionalId;
    }

    public String roleInCase() {
        return roleInCase;
    }

    public boolean coordinator() {
        return coordinator;
    }

    public Instant joinedAt() {
        return joinedAt;
    }

    public Instant leftAt() {
        return leftAt;
    }

    public LeavingReason leftReason() {
        return leftReason;
    }
}
