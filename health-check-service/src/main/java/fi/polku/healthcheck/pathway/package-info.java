/**
 * The pathways health checks attach to, kept from {@code fi.polku.referral.received.v1}.
 * Emits nothing yet; recording a health check will emit on {@code pathway.health-check.v1}.
 */
package fi.polku.healthcheck.pathway;
