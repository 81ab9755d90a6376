package fi.polku.referral.client;

/** What may change about a client: everything but the identity code. */
public record ClientDetails(String firstNames, String lastName, String municipalityCode, Language preferredLanguage,
        String phone, String email, String streetAddress, String postalCode, String postOffice, boolean securityBan) {
}
