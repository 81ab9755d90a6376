/**
 * Errors as RFC 9457 {@code application/problem+json}, mapped in one place for every service: validation
 * failures name each field and the rule it broke; the domain's refusals
 * ({@link fi.polku.platform.rule.RuleViolation}) each get their status here and nowhere else.
 */
package fi.polku.platform.problem;
