/** team-service's read model of pathways, from pathway.referral.v1: whose each is, and whether it is open. */
package fi.polku.team.pathway;
