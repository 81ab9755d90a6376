/**
 * The worklist: unemployed clients without a completed health check in the configured months and without one
 * requested or booked, oldest need first, by area and municipality.
 */
package fi.polku.healthcheck.worklist;
