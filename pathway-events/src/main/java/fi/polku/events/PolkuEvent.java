package fi.polku.events;

import java.util.UUID;

/**
 * A fact on the Polku event bus. Its {@link #subject()} becomes the CloudEvents subject and the Kafka
 * key, so that the facts about one subject share a partition and stay in order: the pathway for facts
 * about an episode of support, the client for facts that outlive any one pathway (consent), the team for the
 * network's registry.
 */
public sealed interface PolkuEvent
        permits PathwayEvent, ConsentEvent, NetworkEvent, HealthCheckEvent, EmploymentRequestEvent {

    UUID subject();
}
