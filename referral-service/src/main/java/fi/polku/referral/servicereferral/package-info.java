/**
 * Services the client is referred to during a pathway (rehabilitative work activity, IPS, Kela
 * vocational rehabilitation, …), each planned, then started, then ended with a result. Emits
 * {@code fi.polku.pathway.service-referral.started.v1} and {@code ….ended.v1}; the indicators count them.
 */
package fi.polku.referral.servicereferral;
