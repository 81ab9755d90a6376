package fi.polku.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A client consented to share their pathway data with organisations of the named types, for a period.
 * Who recorded it stays in referral-service.
 *
 * @param consentId         the consent record
 * @param clientId          the client
 * @param organisationTypes whom the data may be shared with
 * @param validFrom         first day the consent is in force
 * @param validUntil        last day it is in force; absent when it is in force until withdrawn
 * @param givenAt           when it was recorded
 */
public record ConsentGiven(
        UUID consentId,
        UUID clientId,
        List<OrganisationType> organisationTypes,
        LocalDate validFrom,
        LocalDate validUntil,
        Instant givenAt)
        implements ConsentEvent {

    public ConsentGiven {
        Objects.requireNonNull(consentId, "consentId");
        Objects.requireNonNull(clientId, "clientId");
        organisationTypes = List.copyOf(organisationTypes);
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(givenAt, "givenAt");
    }
}
