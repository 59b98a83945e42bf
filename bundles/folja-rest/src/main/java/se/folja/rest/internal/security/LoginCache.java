package se.folja.rest.internal.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Successful logins remembered for a short while, so that a burst of requests does not run the JAAS login
 * modules (a properties file read, an LDAP bind) for each one. Only a salted SHA-256 of the password is kept,
 * with a salt made when the cache is; failed logins are never remembered. A changed password or role takes
 * effect when the entry expires.
 */
final class LoginCache {

    /** The most logins remembered; beyond it the cache starts over (it only saves work). */
    static final int MAX_ENTRIES = 10_000;

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final byte[] salt = new byte[16];
    private final long ttlNanos;
    private final LongSupplier nanoTime;

    /** What a successful login gave. */
    record Login(String name, Set<String> roles) {
    }

    private record Entry(byte[] digest, Login login, long expiresAt) {
    }

    LoginCache(Duration ttl) {
        this(ttl, System::nanoTime);
    }

    LoginCache(Duration ttl, LongSupplier nanoTime) {
        this.ttlNanos = ttl.toNanos();
        this.nanoTime = nanoTime;
        new SecureRandom().nextBytes(salt);
    }

    /** @return the remembered login, if the same user logged in with the same password within the time to live */
    Login find(String user, char[] password) {
        if (ttlNanos <= 0) {
            return null;
        }
        Entry entry = entries.get(user);
        if (entry == null) {
            return null;
        }
        if (nanoTime.getAsLong() - entry.expiresAt() >= 0) {
            entries.remove(user, entry);
            return null;
        }
        return MessageDigest.isEqual(entry.digest(), digest(user, password)) ? entry.login() : null;
    }

    void remember(String user, char[] password, Login login) {
        if (ttlNanos <= 0) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(user, new Entry(digest(user, password), login, nanoTime.getAsLong() + ttlNanos));
    }

    private byte[] digest(String user, char[] password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            sha.update(user.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(StandardCharsets.UTF_8.encode(java.nio.CharBuffer.wrap(password)));
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
