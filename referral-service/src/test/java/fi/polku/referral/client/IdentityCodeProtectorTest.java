package fi.polku.referral.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IdentityCodeProtectorTest {

    private static final IdentityCode CODE = IdentityCode.parse("131052-308T");

    static IdentityCodeProtector.KeyPair pair(int version, String encryptionKey, String lookupKey) {
        return IdentityCodeProtector.KeyPair.of(version, encryptionKey, lookupKey, "test.");
    }

    static IdentityCodeProtector protector(String encryptionKey, String lookupKey) {
        return new IdentityCodeProtector(pair(1, encryptionKey, lookupKey), Optional.empty());
    }

    private static String key(int fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) fill);
        return Base64.getEncoder().encodeToString(key);
    }

    @Test
    void aSealedCodeOpensToTheSameCodeAndShowsNothingOfIt() {
        IdentityCodeProtector protector = protector(key(1), key(2));
        IdentityCodeProtector.Sealed sealed = protector.seal(CODE);

        assertEquals(1, sealed.keyVersion());
        assertEquals(CODE, protector.open(1, sealed.sealed()));
        assertFalse(new String(sealed.sealed(), StandardCharsets.ISO_8859_1).contains("131052"));
        assertFalse(Arrays.equals(sealed.sealed(), protector.seal(CODE).sealed()), "each sealing uses a fresh nonce");
    }

    @Test
    void theLookupHashIsStableButDependsOnTheKey() {
        byte[] hash = protector(key(1), key(2)).seal(CODE).lookup();
        assertArrayEquals(
                hash,
                protector(key(9), key(2))
                        .lookupHashes(IdentityCode.parse("131052-308t"))
                        .getFirst());
        assertFalse(Arrays.equals(hash, protector(key(1), key(3)).seal(CODE).lookup()));
        assertFalse(Arrays.equals(
                hash,
                protector(key(1), key(2))
                        .seal(IdentityCode.parse("010123A002E"))
                        .lookup()));
    }

    @Test
    void anotherKeyCannotOpenASealedCode() {
        byte[] sealed = protector(key(1), key(2)).seal(CODE).sealed();
        assertThrows(
                IllegalStateException.class, () -> protector(key(7), key(2)).open(1, sealed));
    }

    @Test
    void aKeyThatIsNot256BitsIsRefusedAtStartup() {
        IllegalStateException e = assertThrows(
                IllegalStateException.class, () -> protector(Base64.getEncoder().encodeToString(new byte[16]), key(2)));
        assertTrue(e.getMessage().contains("test.encryption-key must be 32 bytes"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> protector(key(1), "not base64!"));
        assertThrows(IllegalStateException.class, () -> pair(0, key(1), key(2)));
    }

    @Test
    void aCodeSealedUnderTheStandbyPairOpensIsFoundAndMovesToTheCurrentOne() {
        IdentityCodeProtector before = protector(key(1), key(2));
        IdentityCodeProtector.Sealed old = before.seal(CODE);
        IdentityCodeProtector rotating =
                new IdentityCodeProtector(pair(2, key(3), key(4)), Optional.of(pair(1, key(1), key(2))));

        assertEquals(CODE, rotating.open(1, old.sealed()));
        List<byte[]> hashes = rotating.lookupHashes(CODE);
        assertEquals(2, hashes.size());
        assertArrayEquals(old.lookup(), hashes.get(1), "found under the standby pair while re-keying");

        IdentityCodeProtector.Sealed moved = rotating.reseal(1, old.sealed());
        assertEquals(2, moved.keyVersion());
        assertArrayEquals(hashes.getFirst(), moved.lookup());
        assertEquals(CODE, rotating.open(2, moved.sealed()));
        assertThrows(IllegalStateException.class, () -> before.open(2, moved.sealed()), "version 2 is not before's");
        assertThrows(IllegalStateException.class, () -> before.open(1, moved.sealed()), "the old key cannot open it");
    }

    @Test
    void oneVersionNamesOnePair() {
        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> new IdentityCodeProtector(pair(1, key(3), key(4)), Optional.of(pair(1, key(1), key(2)))));
        assertTrue(e.getMessage().contains("must differ"), e.getMessage());
    }

    @Test
    void theFingerprintTellsPairsApartWithoutShowingThem() {
        byte[] fingerprint = IdentityCodeProtector.fingerprint(pair(1, key(1), key(2)));
        assertArrayEquals(fingerprint, IdentityCodeProtector.fingerprint(pair(5, key(1), key(2))));
        assertFalse(Arrays.equals(fingerprint, IdentityCodeProtector.fingerprint(pair(1, key(1), key(3)))));
        assertFalse(Arrays.equals(fingerprint, IdentityCodeProtector.fingerprint(pair(1, key(3), key(2)))));
        assertFalse(Arrays.equals(
                Arrays.copyOf(fingerprint, 32), Base64.getDecoder().decode(key(1))));
    }
}
