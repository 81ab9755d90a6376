/**
 * Rebuilding the indicator read model from the topics: every event from the earliest offset into a fresh schema,
 * through the same {@code FactService} code the live consumers use, then switched over in one transaction.
 */
package fi.polku.indicator.rebuild;
