/**
 * The indicator catalogue: what each indicator counts, in what unit, by which dimensions and from which events —
 * the one place that says so, read by the fact recorder, the queries and the catalogue endpoint alike.
 */
package fi.polku.indicator.catalogue;
