package fi.polku.referral.client;

import fi.polku.referral.ReferralConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keeps identity codes unreadable at rest: AES-256-GCM for the stored code, HMAC-SHA-256 with a second
 * key for the lookup column, so an exact-match search needs no decryption and a copy of the table
 * without the keys discloses nothing. Both keys come from configuration, never from the code.
 */
@ApplicationScoped
public class IdentityCodeProtector {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec lookupKey;
    private final SecureRandom random = new SecureRandom();

    IdentityCodeProtector(ReferralConfig config) {
        this.encryptionKey = new SecretKeySpec(
                key(config.identityCode().encryptionKey(), "polku.referral.identity-code.encryption-key"), "AES");
        this.lookupKey = new SecretKeySpec(
                key(config.identityCode().lookupKey(), "polku.referral.identity-code.lookup-key"), "HmacSHA256");
    }

    /** Nonce followed by ciphertext and tag. */
    public byte[] encrypt(IdentityCode code) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(code.value().getBytes(StandardCharsets.US_ASCII));
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length)
                    .put(nonce)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Identity code encryption failed", e);
        }
    }

    public IdentityCode decrypt(byte[] stored) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, stored, 0, NONCE_BYTES));
            byte[] plain = cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES);
            return IdentityCode.parse(new String(plain, StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Identity code decryption failed: wrong key or damaged data", e);
        }
    }

    /** The same code always gives the same digest under one key; the digest reveals nothing without it. */
    public byte[] lookupHash(IdentityCode code) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(lookupKey);
            return mac.doFinal(code.value().getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Identity code hashing failed", e);
        }
    }

    private static byte[] key(String base64, String property) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(property + " is not base64", e);
        }
        if (key.length != 32) {
            throw new IllegalStateException(
                    property + " must be 32 bytes (base64 of 256 random bits), not " + key.length);
        }
        return key;
    }
}
