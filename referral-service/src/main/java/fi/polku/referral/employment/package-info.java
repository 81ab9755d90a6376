/**
 * The TE and municipal employment systems' integration. In: referral requests on
 * {@code employment.referral-requests.v1}, the one topic that carries an identity code and names, which
 * go no further than this service; the same external reference creates one referral. Out:
 * {@code fi.polku.employment.pathway-update.v1} on {@code employment.pathway-updates.v1}, what such a
 * system may know of the pathway its request led to, and only while the client's consent for its
 * organisation type is in force.
 */
package fi.polku.referral.employment;
