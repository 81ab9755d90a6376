/**
 * The staff resources (henkilöstöresurssit) over time: every version of the network's standing teams and professionals
 * from the registry topic, and what they add up to at the end of a period.
 */
package fi.polku.indicator.staff;
