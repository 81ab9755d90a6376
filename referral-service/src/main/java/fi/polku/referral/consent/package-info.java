/**
 * The client's consent to share pathway data with organisation types: an append-only history of
 * decisions from which the consent in force on any day is derived. Emits {@code fi.polku.consent.given.v1}
 * and {@code fi.polku.consent.withdrawn.v1} on {@code client.consent.v1}; other features ask
 * {@link fi.polku.referral.consent.ConsentService#inForce} before disclosing anything.
 */
package fi.polku.referral.consent;
