package fi.polku.events;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A professional of the client's team recorded a contact with the client; POHDE counts the client coordinator's.
 * Produced by team-service.
 *
 * @param pathwayId       the pathway
 * @param contactId       the contact
 * @param kind            visit, phone or remote
 * @param durationMinutes how long it took
 * @param profession      the professional's profession
 * @param byCoordinator   whether the professional was the client coordinator at the time
 * @param contactOn       the day of the contact
 */
public record ClientContactRecorded(
        UUID pathwayId,
        UUID contactId,
        ContactKind kind,
        int durationMinutes,
        Profession profession,
        boolean byCoordinator,
        LocalDate contactOn)
        implements PathwayEvent {

    public ClientContactRecorded {
        Objects.requireNonNull(pathwayId, "pathwayId");
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(kind, "kind");
        if (durationMinutes < 1) {
            throw new IllegalArgumentException("durationMinutes must be positive");
        }
        Objects.requireNonNull(profession, "profession");
        Objects.requireNonNull(contactOn, "contactOn");
    }
}
