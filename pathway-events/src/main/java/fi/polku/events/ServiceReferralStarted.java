package fi.polku.events;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A service the client was referred to during a pathway has started.
 *
 * @param pathwayId         the pathway
 * @param serviceReferralId the referral to the service
 * @param clientId          the client
 * @param serviceType       the service
 * @param startedOn         the day it started
 */
public record ServiceReferralStarted(
        UUID pathwayId, UUID serviceReferralId, UUID clientId, ServiceType serviceType, LocalDate startedOn)
        implements PathwayEvent {

    public ServiceReferralStarted {
        Objects.requireNonNull(pathwayId, "pathwayId");
        Objects.requireNonNull(serviceReferralId, "serviceReferralId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(serviceType, "serviceType");
        Objects.requireNonNull(startedOn, "startedOn");
    }
}
