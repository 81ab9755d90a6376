/**
 * Pathways: one episode of support for one client, opened when triage accepts a referral, closed with
 * an outcome, reopened on record. A client has at most one open pathway. Emits
 * {@code fi.polku.pathway.opened.v1} (through referral triage), {@code ….closed.v1} and {@code ….reopened.v1}.
 */
package fi.polku.referral.pathway;
