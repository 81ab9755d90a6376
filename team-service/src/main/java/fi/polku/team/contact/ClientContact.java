package fi.polku.team.contact;

import fi.polku.events.ContactKind;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One contact of a client-team professional with the client. */
@Entity
@Table(name = "client_contact")
public class ClientContact extends PanacheEntityBase {

    @Id
    public UUID id;

    UUID pathwayId;

    UUID clientTeamId;

    public UUID professionalId;

    @Enumerated(EnumType.STRING)
    public ContactKind kind;

    public int durationMinutes;

    public LocalDate contactOn;

    public boolean byCoordinator;

    public String recordedBy;

    public Instant recordedAt;

    protected ClientContact() {}

    static ClientContact of(
            UUID pathwayId,
            UUID clientTeamId,
            UUID professionalId,
            ContactKind kind,
            int durationMinutes,
            LocalDate contactOn,
            boolean byCoordinator,
            String recordedBy,
            Instant now) {
        ClientContact contact = new ClientContact();
        contact.id = UUID.randomUUID();
        contact.pathwayId = pathwayId;
        contact.clientTeamId = clientTeamId;
        contact.professionalId = professionalId;
        contact.kind = kind;
        contact.durationMinutes = durationMinutes;
        contact.contactOn = contactOn;
        contact.byCoordinator = byCoordinator;
        contact.recordedBy = recordedBy;
        contact.recordedAt = now;
        return contact;
    }
}
