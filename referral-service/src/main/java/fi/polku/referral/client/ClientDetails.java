package fi.polku.referral.client;

/**
 * What may change about a client: everything but the identity code.
 *
 * @param securityBan the security ban (turvakielto); {@code null} leaves it as it is (no ban for a new client), so
 *                    a change that does not mention it never lowers it
 */
public record ClientDetails(
        String firstNames,
        String lastName,
        String municipalityCode,
        Language preferredLanguage,
        String phone,
        String email,
        String streetAddress,
        String postalCode,
        String postOffice,
        Boolean securityBan) {}
