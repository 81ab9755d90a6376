/**
 * The teams' intake: received referrals waiting for a team, kept from
 * {@code fi.polku.referral.received.v1}. Emits nothing yet; team assembly will.
 */
package fi.polku.team.intake;
