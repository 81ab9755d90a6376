/**
 * Reference data from public sources, imported as CSV: the county's municipalities, unemployed job seekers per
 * municipality and month (for health-check coverage) and regional statistics shown beside the county's figures.
 */
package fi.polku.indicator.reference;
