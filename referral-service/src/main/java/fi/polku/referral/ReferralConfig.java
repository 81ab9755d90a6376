package fi.polku.referral;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** referral-service's own settings, under {@code polku.referral.*}. */
@ConfigMapping(prefix = "polku.referral")
public interface ReferralConfig {

    IdentityCodeKeys identityCode();

    /**
     * The current key pair, which seals every code written, and at most one standby pair, which opens and finds codes
     * but seals none: the next pair before it becomes current, or the previous one while re-keying moves every code off
     * it (docs/operations.md, "Rotating the identity-code keys").
     */
    interface IdentityCodeKeys {

        /** Base64 of the 256-bit AES key that encrypts stored identity codes; no default, from a secret. */
        String encryptionKey();

        /** Base64 of the 256-bit HMAC key for identity-code lookups; no default, from a secret. */
        String lookupKey();

        /** The number the current pair is known by; stored with each sealed code, and never reused for another pair. */
        @WithDefault("1")
        int keyVersion();

        Optional<StandbyKeys> standby();

        /** How often an instance looks for codes sealed under the standby pair and moves them to the current one. */
        Duration rekeyInterval();

        /** Codes re-keyed in one transaction; each transaction locks only its own rows, skipping those others hold. */
        @WithDefault("500")
        int rekeyBatch();
    }

    interface StandbyKeys {

        int keyVersion();

        String encryptionKey();

        String lookupKey();
    }
}
