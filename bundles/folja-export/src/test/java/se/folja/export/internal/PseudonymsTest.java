package se.folja.export.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PseudonymsTest {

    static final String KEY = "0123456789abcdef0123456789abcdef";

    @Test
    void theSameClientAndKeyGiveTheSameLettersOnlyPseudonym() {
        String p = new Pseudonyms(KEY).of("199601159826");
        assertEquals(p, new Pseudonyms(KEY).of("199601159826"));
        assertTrue(p.matches("[a-p]{32}"), p);
        assertNotEquals(p, new Pseudonyms(KEY).of("199601159827"));
        assertNotEquals(p, new Pseudonyms(KEY + "x").of("199601159826"), "a rotated key, new pseudonyms");
    }

    @Test
    void itIsHmacSha256OfTheDigits() {
        // HMAC-SHA-256("0123456789abcdef0123456789abcdef", "199601159826"), first 16 bytes, nibbles as a-p
        String hex = new java.math.BigInteger(1, hmac()).toString(16);
        String expected = String.format("%64s", hex).replace(' ', '0').substring(0, 32).chars()
                .map(c -> 'a' + Character.digit(c, 16)).collect(StringBuilder::new, StringBuilder::appendCodePoint,
                        StringBuilder::append).toString();
        assertEquals(expected, new Pseudonyms(KEY).of("199601159826"));
    }

    @Test
    void aShortKeyIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Pseudonyms("short"));
        assertThrows(IllegalArgumentException.class, () -> new Pseudonyms(null));
    }

    private static byte[] hmac() {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(KEY.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    "HmacSHA256"));
            return mac.doFinal("199601159826".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }
}
