/**
 * Indicator figures by period and dimension, with small cells suppressed for those not allowed detail, as JSON or
 * CSV.
 */
package fi.polku.indicator.query;
