/**
 * Clients: the people referred to work-ability support. Owns the personal identity code, which never
 * leaves referral-service; every other service knows a client only by its generated {@code clientId}.
 */
package fi.polku.referral.client;
