/**
 * Each client's own team for an accepted pathway: members from the network with their role in the case, exactly
 * one client coordinator, outside organisations' professionals only under the client's consent, frozen while the
 * pathway is closed.
 */
package fi.polku.team.clientteam;
