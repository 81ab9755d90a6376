package fi.polku.events;

import java.util.UUID;

/**
 * A fact about a client's health check for the unemployed, keyed by the client: a check often has no pathway (a
 * nurse or an employment system asks for it directly), so its events name the pathway only when there is one.
 */
public sealed interface HealthCheckEvent extends PolkuEvent
        permits HealthCheckRequested,
                HealthCheckBooked,
                HealthCheckCancelled,
                HealthCheckNoShow,
                HealthCheckCompleted,
                HealthCheckAmended,
                FollowUpClosed,
                WorkAbilityStatementRecorded {

    UUID clientId();

    /** The pathway the check belongs to; none when it was asked for without one. */
    UUID pathwayId();

    @Override
    default UUID subject() {
        return clientId();
    }
}
