package fi.polku.referral.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.polku.referral.ReferralConfig;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class IdentityCodeProtectorTest {

    private static final IdentityCode CODE = IdentityCode.parse("131052-308T");

    static IdentityCodeProtector protector(String encryptionKey, String lookupKey) {
        return new IdentityCodeProtector(() -> new ReferralConfig.IdentityCodeKeys() {
            @Override
            public String encryptionKey() {
                return encryptionKey;
            }

            @Override
            public String lookupKey() {
                return lookupKey;
            }
        });
    }

    private static String key(int fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) fill);
        return Base64.getEncoder().encodeToString(key);
    }

    @Test
    void aSealedCodeOpensToTheSameCodeAndShowsNothingOfIt() {
        IdentityCodeProtector protector = protector(key(1), key(2));
        byte[] sealed = protector.encrypt(CODE);

        assertEquals(CODE, protector.decrypt(sealed));
        assertFalse(new String(sealed, StandardCharsets.ISO_8859_1).contains("131052"));
        assertFalse(Arrays.equals(sealed, protector.encrypt(CODE)), "each sealing uses a fresh nonce");
    }

    @Test
    void theLookupHashIsStableButDependsOnTheKey() {
        byte[] hash = protector(key(1), key(2)).lookupHash(CODE);
        assertArrayEquals(hash, protector(key(9), key(2)).lookupHash(IdentityCode.parse("131052-308t")));
        assertFalse(Arrays.equals(hash, protector(key(1), key(3)).lookupHash(CODE)));
        assertFalse(Arrays.equals(hash, protector(key(1), key(2)).lookupHash(IdentityCode.parse("010123A002E"))));
    }

    @Test
    void anotherKeyCannotOpenASealedCode() {
        byte[] sealed = protector(key(1), key(2)).encrypt(CODE);
        assertThrows(
                IllegalStateException.class, () -> protector(key(7), key(2)).decrypt(sealed));
    }

    @Test
    void aKeyThatIsNot256BitsIsRefusedAtStartup() {
        IllegalStateException e = assertThrows(
                IllegalStateException.class, () -> protector(Base64.getEncoder().encodeToString(new byte[16]), key(2)));
        assertTrue(e.getMessage().contains("must be 32 bytes"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> protector(key(1), "not base64!"));
    }
}
