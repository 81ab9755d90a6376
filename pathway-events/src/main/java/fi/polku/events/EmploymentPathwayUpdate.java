package fi.polku.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What a TE or municipal employment system may know of a pathway its referral request led to. Published
 * only while the client's consent for {@code organisationType} is in force; it names the client by the
 * system's own external reference, never by identity code.
 *
 * @param pathwayId         the pathway
 * @param externalReference the reference the employment system gave its referral request
 * @param organisationType  the employment system's organisation type
 * @param change            what happened
 * @param serviceType       the service that started, for {@code SERVICE_STARTED}
 * @param outcome           how the pathway ended, for {@code PATHWAY_CLOSED}
 * @param occurredAt        when it happened
 */
public record EmploymentPathwayUpdate(
        UUID pathwayId,
        String externalReference,
        OrganisationType organisationType,
        EmploymentChange change,
        ServiceType serviceType,
        Outcome outcome,
        Instant occurredAt)
        implements PathwayEvent {

    public EmploymentPathwayUpdate {
        Objects.requireNonNull(pathwayId, "pathwayId");
        Objects.requireNonNull(externalReference, "externalReference");
        Objects.requireNonNull(organisationType, "organisationType");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
