/**
 * The teams' workload: who is waiting for a client team and for how long, how many open client teams each
 * professional is on and coordinates, and open client teams per FTE by team and area — read from team-service's own
 * tables, so always as current as its read models.
 */
package fi.polku.team.workload;
