/**
 * Who may do what: the roles of a Polku token ({@link fi.polku.platform.security.Role}), the caller's
 * organisation ({@link fi.polku.platform.security.Organisation}), and the {@link fi.polku.platform.security.Caller}
 * the services read both from. Token validity itself (signature, issuer, audience, age, subject) is
 * quarkus-oidc's, configured in the platform's defaults.
 */
package fi.polku.platform.security;
