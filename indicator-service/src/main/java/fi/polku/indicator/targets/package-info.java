/** The targets a county sets for its indicators, per month, quarter or year, shown beside the figures. */
package fi.polku.indicator.targets;
