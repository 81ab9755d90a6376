/**
 * health-check-service's read model of clients, from {@code pathway.referral.v1}: their municipality and area, and
 * whether and since when they are unemployed — what the worklist and a check's events need, and nothing more.
 */
package fi.polku.healthcheck.client;
