/**
 * The referral-source indicator: received referrals by month, source and municipality, kept from
 * {@code fi.polku.referral.received.v1}. Emits nothing.
 */
package fi.polku.indicator.referral;
