/**
 * The professional network: the county's standing teams (and its competence centre), the professionals of the
 * county and of outside organisations who work in them, and the staff resources they add up to.
 */
package fi.polku.team.network;
