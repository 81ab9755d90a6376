/**
 * The client's plan for a pathway: the multi-agency plan of the TYP act 381/2023, with goals and the
 * services agreed, each with the organisation responsible and a target date. Every change is a new
 * version; earlier versions stay readable. The plan holds free text, so it never leaves this service.
 */
package fi.polku.referral.plan;
