package fi.polku.referral;

import io.smallrye.config.ConfigMapping;

/** referral-service's own settings, under {@code polku.referral.*}. */
@ConfigMapping(prefix = "polku.referral")
public interface ReferralConfig {

    IdentityCodeKeys identityCode();

    interface IdentityCodeKeys {

        /** Base64 of the 256-bit AES key that encrypts stored identity codes; no default, from a secret. */
        String encryptionKey();

        /** Base64 of the 256-bit HMAC key for identity-code lookups; no default, from a secret. */
        String lookupKey();
    }
}
