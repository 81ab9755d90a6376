/**
 * Pathways: one episode of support for one client, opened when triage accepts a referral. A client has
 * at most one open pathway. Emits {@code fi.polku.pathway.opened.v1} (through referral triage).
 */
package fi.polku.referral.pathway;
