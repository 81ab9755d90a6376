/**
 * The client-team professionals' contacts with the client (asiakaskäynnit): visits, calls and remote contacts with
 * their duration, published as {@code team.client-contact-recorded}; POHDE counts the client coordinator's.
 */
package fi.polku.team.contact;
