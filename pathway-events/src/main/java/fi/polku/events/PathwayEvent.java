package fi.polku.events;

import java.util.UUID;

/**
 * A fact about one client pathway. Every event type is a record that names the pathway it belongs to;
 * the pathway id becomes the CloudEvents subject and the Kafka key.
 */
public sealed interface PathwayEvent permits ReferralReceived, ReferralAccepted, ReferralRejected, PathwayOpened,
        PathwayClosed, PathwayReopened {

    UUID pathwayId();
}
