package fi.polku.events;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A service the client was referred to has ended, or will not take place.
 *
 * @param pathwayId         the pathway
 * @param serviceReferralId the referral to the service
 * @param clientId          the client
 * @param serviceType       the service
 * @param result            completed, interrupted or did not take place
 * @param reason            why it was interrupted or did not take place; absent when completed
 * @param employed          for supported employment (IPS) that started: whether the client found work
 * @param startedOn         the day it started; absent when it never did
 * @param endedOn           the day it ended or was found not to take place
 */
public record ServiceReferralEnded(
        UUID pathwayId,
        UUID serviceReferralId,
        UUID clientId,
        ServiceType serviceType,
        ServiceResult result,
        ServiceShortfallReason reason,
        Boolean employed,
        LocalDate startedOn,
        LocalDate endedOn)
        implements PathwayEvent {

    public ServiceReferralEnded {
        Objects.requireNonNull(pathwayId, "pathwayId");
        Objects.requireNonNull(serviceReferralId, "serviceReferralId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(serviceType, "serviceType");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(endedOn, "endedOn");
    }
}
