/**
 * Referrals from health checks for the unemployed: a completed check whose follow-ups include a referral to the
 * work-ability team becomes a referral here (source {@code HEALTH_CHECK}), through the bus, so that health-check-service
 * needs no access to referral-service and a referral cannot be lost between the two.
 */
package fi.polku.referral.healthcheck;
