/**
 * The domain's own refusals: a thing that is not there, an act the caller may not do, a state that does not allow
 * it, a value or a rule broken. Domain and use-case code throws these and nothing else; each edge decides once what a
 * refusal becomes — problem+json over HTTP ({@code platform.problem}), a dead letter for a consumed record
 * ({@code platform.inbox.Failure}) — so no domain class knows a status code.
 */
package fi.polku.platform.rule;
