/**
 * referral-service's read model of the network's standing teams, from {@code registry.team.v1}: what triage assigns a
 * pathway to.
 */
package fi.polku.referral.team;
