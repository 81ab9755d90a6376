/**
 * The pathway's timeline across services: this service's own events and, from its read model of
 * {@code pathway.team.v1} and {@code pathway.health-check.v1}, team assembly, the client coordinator,
 * meetings, consultations and health checks. Only coded facts, as the events carry them.
 */
package fi.polku.referral.timeline;
