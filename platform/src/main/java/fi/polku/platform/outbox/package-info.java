/**
 * The transactional outbox: {@link fi.polku.platform.outbox.OutboxWriter} records an event in the
 * caller's transaction, {@link fi.polku.platform.outbox.OutboxRelay} publishes the recorded events to
 * Kafka as binary-mode CloudEvents, in order, and marks them published.
 */
package fi.polku.platform.outbox;
