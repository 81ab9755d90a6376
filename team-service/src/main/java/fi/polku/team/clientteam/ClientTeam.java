package fi.polku.team.clientteam;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A client's own team for one pathway. Its members are {@link ClientTeamMember}s. */
@Entity
@Table(name = "client_team")
public class ClientTeam extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID pathwayId;

    public UUID clientId;

    public Instant assembledAt;

    public boolean socialWelfareClient;

    /** The client's named social worker (omatyöntekijä, Social Welfare Act §42), for a social-welfare client. */
    public UUID namedSocialWorkerId;

    protected ClientTeam() {}

    static ClientTeam assemble(
            UUID pathwayId, UUID clientId, Instant now, boolean socialWelfareClient, UUID namedSocialWorkerId) {
        ClientTeam team = new ClientTeam();
        team.id = UUID.randomUUID();
        team.pathwayId = pathwayId;
        team.clientId = clientId;
        team.assembledAt = now;
        team.socialWelfare(socialWelfareClient, namedSocialWorkerId);
        return team;
    }

    void socialWelfare(boolean client, UUID namedSocialWorker) {
        socialWelfareClient = client;
        namedSocialWorkerId = namedSocialWorker;
    }
}
