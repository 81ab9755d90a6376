package fi.polku.healthcheck.followup;

import fi.polku.events.FollowUpClosed;
import fi.polku.events.FollowUpResult;
import fi.polku.events.HealthCheckFollowUp;
import fi.polku.platform.rule.StateConflict;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A follow-up of a health check, with who sees to it; open until closed with a result. */
@Entity
@Table(name = "follow_up")
public class FollowUp extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID healthCheckId;

    public UUID clientId;

    UUID pathwayId;

    @Enumerated(EnumType.STRING)
    public HealthCheckFollowUp followUp;

    public String responsible;
    public String area;

    public Instant openedAt;

    @Enumerated(EnumType.STRING)
    public FollowUpResult result;

    public Instant closedAt;

    protected FollowUp() {}

    static FollowUp open(FollowUpService.Check check, HealthCheckFollowUp followUp, String responsible, Instant now) {
        FollowUp open = new FollowUp();
        open.id = UUID.randomUUID();
        open.healthCheckId = check.healthCheckId();
        open.clientId = check.clientId();
        open.pathwayId = check.pathwayId();
        open.area = check.area();
        open.followUp = followUp;
        open.responsible = responsible.strip();
        open.openedAt = now;
        return open;
    }

    /** Another professional is responsible for the open follow-up. */
    void reassign(String responsible) {
        this.responsible = responsible.strip();
    }

    FollowUpClosed close(FollowUpResult outcome, Instant now) {
        if (closedAt != null) {
            throw new StateConflict("The follow-up was closed at " + closedAt + " (" + result + ")");
        }
        result = outcome;
        closedAt = now;
        return new FollowUpClosed(id, healthCheckId, clientId, pathwayId, followUp, outcome, now);
    }
}
