/**
 * The teams' intake: received referrals waiting for a team, kept from {@code fi.polku.referral.received.v1} until
 * triage accepts or rejects them. Each team's professionals see the part of it their teams serve. Emits nothing.
 */
package fi.polku.team.intake;
