package se.folja.export.internal;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed pseudonyms: HMAC-SHA-256 of the client's twelve digits under the configured key, the first 128 bits
 * written with the letters a–p. The same client and key give the same pseudonym; without the key it cannot be
 * turned back or recomputed. Letters only, so that no pseudonym can be mistaken for (or scanned as) a number.
 */
final class Pseudonyms {

    static final int SHORTEST_KEY = 32;
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    /** @throws IllegalArgumentException if the key is shorter than {@link #SHORTEST_KEY} characters */
    Pseudonyms(String key) {
        if (key == null || key.strip().length() < SHORTEST_KEY) {
            throw new IllegalArgumentException("the pseudonym key must have at least " + SHORTEST_KEY + " characters");
        }
        this.key = new SecretKeySpec(key.strip().getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /** @param digits the client's normalised twelve-digit number */
    String of(String digits) {
        Mac mac;
        try {
            mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every Java 17", e);
        }
        byte[] hash = mac.doFinal(digits.getBytes(StandardCharsets.US_ASCII));
        char[] letters = new char[32];
        for (int i = 0; i < 16; i++) {
            letters[2 * i] = (char) ('a' + ((hash[i] >> 4) & 0xF));
            letters[2 * i + 1] = (char) ('a' + (hash[i] & 0xF));
        }
        return new String(letters);
    }
}
