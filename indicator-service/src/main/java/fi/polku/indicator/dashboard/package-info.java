/**
 * The management dashboard: the key indicators as charts and tables in fi/sv/en, answered through
 * {@code query.AnswerService} like the API, so it hides exactly what the API hides. Emits no events.
 */
package fi.polku.indicator.dashboard;
