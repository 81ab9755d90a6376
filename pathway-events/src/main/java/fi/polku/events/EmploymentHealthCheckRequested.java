package fi.polku.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A TE or municipal employment system asked for a health check for the unemployed for a client. Employment systems
 * know people by identity code and write only their request topic, which referral-service alone reads; it resolves the
 * person to a client and announces the request here, for health-check-service. Produced by referral-service.
 *
 * @param requestId          this request
 * @param clientId           the client
 * @param organisationType   who asked: {@code EMPLOYMENT_SERVICES} or {@code MUNICIPAL_EMPLOYMENT}
 * @param municipalityCode   the client's municipality; absent under a security ban
 * @param labourMarketStatus the client's labour-market status as the request gives it
 * @param unemployedSince    for an unemployed client, since when
 * @param requestedAt        when referral-service received the request
 */
public record EmploymentHealthCheckRequested(
        UUID requestId,
        UUID clientId,
        OrganisationType organisationType,
        String municipalityCode,
        LabourMarketStatus labourMarketStatus,
        LocalDate unemployedSince,
        Instant requestedAt)
        implements EmploymentRequestEvent {

    public EmploymentHealthCheckRequested {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(clientId, "clientId");
        if (organisationType != OrganisationType.EMPLOYMENT_SERVICES
                && organisationType != OrganisationType.MUNICIPAL_EMPLOYMENT) {
            throw new IllegalArgumentException(
                    "organisationType must be an employment organisation: " + organisationType);
        }
        Objects.requireNonNull(labourMarketStatus, "labourMarketStatus");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }
}
