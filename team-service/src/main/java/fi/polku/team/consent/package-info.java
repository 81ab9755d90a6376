/** team-service's read model of clients' consent decisions, from client.consent.v1, and whether consent is in force. */
package fi.polku.team.consent;
