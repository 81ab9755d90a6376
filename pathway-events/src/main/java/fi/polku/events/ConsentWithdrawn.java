package fi.polku.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A client withdrew their consent to share pathway data with organisations of the named types.
 *
 * @param consentId         the withdrawal record
 * @param clientId          the client
 * @param organisationTypes whom the data may no longer be shared with
 * @param effectiveFrom     first day the consent is no longer in force
 * @param withdrawnAt       when the withdrawal was recorded
 */
public record ConsentWithdrawn(
        UUID consentId,
        UUID clientId,
        List<OrganisationType> organisationTypes,
        LocalDate effectiveFrom,
        Instant withdrawnAt)
        implements ConsentEvent {

    public ConsentWithdrawn {
        Objects.requireNonNull(consentId, "consentId");
        Objects.requireNonNull(clientId, "clientId");
        organisationTypes = List.copyOf(organisationTypes);
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(withdrawnAt, "withdrawnAt");
    }
}
