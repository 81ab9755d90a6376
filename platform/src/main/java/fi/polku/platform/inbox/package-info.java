/**
 * Consuming events reliably: {@link fi.polku.platform.inbox.RecordProcessor} runs a consumer's work for a record
 * in its own transaction, retries what is transient without losing the partition's order, and sends what can
 * never be processed to the consumer group's dead-letter topic ({@link fi.polku.platform.inbox.DeadLetters});
 * {@link fi.polku.platform.inbox.IdempotentConsumer} adds the CloudEvents envelope and the claim that makes a
 * redelivered event a no-op; {@link fi.polku.platform.inbox.DeadLetterReplay} sends dead letters back to their
 * group after a fix.
 */
package fi.polku.platform.inbox;
