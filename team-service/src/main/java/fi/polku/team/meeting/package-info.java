/**
 * A client team's meetings: when and how it met, who attended, whether the client took part, what it decided (coded,
 * and published as {@code team.meeting-held}) and when it meets next.
 */
package fi.polku.team.meeting;
