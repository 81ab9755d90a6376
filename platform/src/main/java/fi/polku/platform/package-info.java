/**
 * The machinery each Polku service uses, written once: the transactional outbox and its relay to Kafka,
 * the idempotent consumer with dead-lettering, and RFC 9457 problem+json errors. Its tables come from
 * {@code db/platform}, one migration set that every service's Flyway reads next to its own.
 */
package fi.polku.platform;
