/**
 * The facts the indicators are counted from, kept from the pathway, team and health-check topics: one row per event
 * and indicator, with the pathways and referrals that give them their dimensions and durations; and the registry
 * topic's teams and professionals, which the staff figures read.
 */
package fi.polku.indicator.fact;
