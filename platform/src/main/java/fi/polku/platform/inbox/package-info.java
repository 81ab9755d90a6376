/**
 * Consuming pathway events exactly once per consumer: {@link fi.polku.platform.inbox.IdempotentConsumer}
 * parses the CloudEvents envelope, claims the event id in the handler's transaction and hands the typed
 * payload over. An event that cannot be parsed raises {@link fi.polku.platform.inbox.InvalidEventException},
 * which the messaging layer sends to the topic's dead-letter topic.
 */
package fi.polku.platform.inbox;
