/**
 * Test support shipped to the services in this module's test-jar: a real Kafka broker in the test JVM,
 * a real PostgreSQL database per service, tokens from Quarkus' OIDC test server, and a Kafka client for
 * asserting what went over the wire. Nothing here is a mock.
 */
package fi.polku.platform.testing;
