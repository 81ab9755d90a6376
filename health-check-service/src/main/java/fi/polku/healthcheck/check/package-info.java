/**
 * Health checks for the unemployed, from request to a structured, never overwritten record: booking, rescheduling,
 * cancellation and no-show, completion with the Avohilmo visit, findings, screenings, the assessment and follow-ups,
 * and amendments that keep the original. Only coded facts are published.
 */
package fi.polku.healthcheck.check;
