package fi.polku.referral.client;

import fi.polku.referral.ReferralConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keeps identity codes unreadable at rest: AES-256-GCM for the stored code, HMAC-SHA-256 with a second key for the
 * lookup column, so an exact-match search needs no decryption and a copy of the table without the keys discloses
 * nothing. Both keys come from configuration, never from the code, as numbered pairs: the current pair seals, and a
 * standby pair (the next one, or the one being retired) still opens and finds what it sealed, so the keys can be
 * rotated while the service runs.
 */
@ApplicationScoped
public class IdentityCodeProtector {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte[] FINGERPRINT_LABEL = "polku identity-code key check".getBytes(StandardCharsets.US_ASCII);

    private final KeyPair current;
    private final Optional<KeyPair> standby;
    private final SecureRandom random = new SecureRandom();

    @Inject
    IdentityCodeProtector(ReferralConfig config) {
        this(current(config.identityCode()), config.identityCode().standby().map(IdentityCodeProtector::standby));
    }

    IdentityCodeProtector(KeyPair current, Optional<KeyPair> standby) {
        if (standby.isPresent() && standby.get().version() == current.version()) {
            throw new IllegalStateException("polku.referral.identity-code.standby.key-version must differ from "
                    + "polku.referral.identity-code.key-version (" + current.version() + "): a version names one pair");
        }
        this.current = current;
        this.standby = standby;
    }

    /** One pair of keys and the version it is known by. */
    record KeyPair(int version, SecretKeySpec encryption, SecretKeySpec lookup) {

        static KeyPair of(int version, String encryptionKey, String lookupKey, String prefix) {
            if (version < 1) {
                throw new IllegalStateException(prefix + "key-version must be 1 or more, not " + version);
            }
            return new KeyPair(
                    version,
                    new SecretKeySpec(key(encryptionKey, prefix + "encryption-key"), "AES"),
                    new SecretKeySpec(key(lookupKey, prefix + "lookup-key"), "HmacSHA256"));
        }
    }

    /** A code as it is stored: sealed and digested under the pair of {@code keyVersion}. */
    public record Sealed(int keyVersion, byte[] sealed, byte[] lookup) {}

    private static KeyPair current(ReferralConfig.IdentityCodeKeys keys) {
        return KeyPair.of(keys.keyVersion(), keys.encryptionKey(), keys.lookupKey(), "polku.referral.identity-code.");
    }

    private static KeyPair standby(ReferralConfig.StandbyKeys keys) {
        return KeyPair.of(
                keys.keyVersion(), keys.encryptionKey(), keys.lookupKey(), "polku.referral.identity-code.standby.");
    }

    public int currentVersion() {
        return current.version();
    }

    /** The standby pair's version, while one is configured. */
    public Optional<Integer> standbyVersion() {
        return standby.map(KeyPair::version);
    }

    /** The current pair and, while one is configured, the standby. */
    List<KeyPair> pairs() {
        return Stream.concat(Stream.of(current), standby.stream()).toList();
    }

    /** The code sealed under the current pair: a fresh nonce followed by ciphertext and tag, and its lookup digest. */
    public Sealed seal(IdentityCode code) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, current.encryption(), new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(code.value().getBytes(StandardCharsets.US_ASCII));
            byte[] stored = ByteBuffer.allocate(NONCE_BYTES + sealed.length)
                    .put(nonce)
                    .put(sealed)
                    .array();
            return new Sealed(current.version(), stored, digest(current, code));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Identity code encryption failed", e);
        }
    }

    /** Opens a code stored under {@code keyVersion}, which must be the current or the standby pair's. */
    public IdentityCode open(int keyVersion, byte[] stored) {
        KeyPair pair = pair(keyVersion);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, pair.encryption(), new GCMParameterSpec(TAG_BITS, stored, 0, NONCE_BYTES));
            byte[] plain = cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES);
            return IdentityCode.parse(new String(plain, StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "Identity code decryption failed under key version " + keyVersion + ": wrong key or damaged data",
                    e);
        }
    }

    /** A code stored under another configured pair, sealed again under the current one. */
    public Sealed reseal(int keyVersion, byte[] stored) {
        return seal(open(keyVersion, stored));
    }

    /**
     * The digests a stored code may be found by: under the current pair and, while one is configured, the standby.
     * The same code always gives the same digest under one key; a digest reveals nothing without it.
     */
    public List<byte[]> lookupHashes(IdentityCode code) {
        return pairs().stream().map(pair -> digest(pair, code)).toList();
    }

    /**
     * Identifies a pair without disclosing it: an HMAC of a fixed label under each of its keys. Kept in the database
     * per version, it shows at start-up that a version's keys are still the ones its codes were sealed with.
     */
    static byte[] fingerprint(KeyPair pair) {
        try {
            Mac encryption = Mac.getInstance("HmacSHA256");
            encryption.init(new SecretKeySpec(pair.encryption().getEncoded(), "HmacSHA256"));
            Mac lookup = Mac.getInstance("HmacSHA256");
            lookup.init(pair.lookup());
            return ByteBuffer.allocate(64)
                    .put(encryption.doFinal(FINGERPRINT_LABEL))
                    .put(lookup.doFinal(FINGERPRINT_LABEL))
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Identity code key fingerprint failed", e);
        }
    }

    private KeyPair pair(int keyVersion) {
        return pairs().stream()
                .filter(pair -> pair.version() == keyVersion)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Identity code sealed under key version " + keyVersion
                        + ", which is neither the current nor the standby pair"));
    }

    private static byte[] digest(KeyPair pair, IdentityCode code) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(pair.lookup());
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
