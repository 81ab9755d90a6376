package fi.polku.team.clientteam;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
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
    UUID id;

    @Column(name = "pathway_id")
    UUID pathwayId;

    @Column(name = "client_id")
    UUID clientId;

    @Column(name = "assembled_at")
    Instant assembledAt;

    @Column(name = "social_welfare_client")
    boolean socialWelfareClient;

    @Column(name = "named_social_worker_id")
    UUID namedSocialWorkerId;

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

    public boolean socialWelfareClient() {
        return socialWelfareClient;
    }

    /** The client's named social worker (omatyöntekijä, Social Welfare Act §42), for a social-welfare client. */
    public UUID namedSocialWorkerId() {
        return namedSocialWorkerId;
    }

    public UUID id() {
        return id;
    }

    public UUID pathwayId() {
        return pathwayId;
    }

    public UUID clientId() {
        return clientId;
    }

    public Instant assembledAt() {
        return assembledAt;
    }
}
