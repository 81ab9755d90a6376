/**
 * Errors as RFC 9457 {@code application/problem+json}, mapped in one place for every service: validation
 * failures name each field and the rule it broke; domain code throws a {@link fi.polku.platform.problem.ProblemException}.
 */
package fi.polku.platform.problem;
