/**
 * Referrals into work-ability support: receiving them from professionals and from other systems.
 * Emits {@code fi.polku.referral.received.v1} on {@code pathway.referral.v1}.
 */
package fi.polku.referral.referral;
