/**
 * The follow-ups health checks lead to: open per responsible professional and area until closed with a result, which
 * is published.
 */
package fi.polku.healthcheck.followup;
