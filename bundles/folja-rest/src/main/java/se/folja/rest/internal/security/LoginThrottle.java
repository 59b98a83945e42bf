package se.folja.rest.internal.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Slows down guessing on the login page. Failed logins are counted per user name and per client address; past a
 * few free failures each further one shuts that name (or address) out for a time that doubles with every failure,
 * up to {@link #CAP}: meanwhile the page answers 429 with {@code Retry-After} and asks the realm nothing, so no
 * request thread is held waiting. A successful login clears its user name's count; an address's count is not
 * cleared by a success (a guesser's own account must not wash its address clean), and both are forgotten after
 * {@link #FORGET_AFTER} without a failure.
 *
 * <p>User names are kept only as a salted SHA-256 (someone may type a password into the name field). At most
 * {@value #MAX_KEYS} names and as many addresses are tracked; beyond that the least recently failed is dropped.
 * The address is the connection's: behind a proxy every client shares the proxy's, whose threshold is therefore
 * higher.
 */
final class LoginThrottle {

    /** Failures of one user name before the first pause. */
    static final int FREE_USER_FAILURES = 3;
    /** Failures from one address before the first pause (an office behind one address, people mistyping). */
    static final int FREE_ADDRESS_FAILURES = 10;
    static final Duration FIRST_PAUSE = Duration.ofSeconds(2);
    static final Duration CAP = Duration.ofSeconds(60);
    static final Duration FORGET_AFTER = Duration.ofMinutes(15);
    static final int MAX_KEYS = 10_000;

    private final Counts users = new Counts();
    private final Counts addresses = new Counts();
    private final byte[] salt = new byte[16];
    private final LongSupplier nanoTime;

    LoginThrottle() {
        this(System::nanoTime);
    }

    LoginThrottle(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        new SecureRandom().nextBytes(salt);
    }

    /** @return the seconds the caller must wait before this attempt is heard, 0 when it may be made now */
    synchronized long retryAfterSeconds(String user, String address) {
        long now = nanoTime.getAsLong();
        long wait = Math.max(users.waitNanos(userKey(user), now), addresses.waitNanos(address, now));
        return wait <= 0 ? 0 : (wait + 999_999_999L) / 1_000_000_000L;
    }

    synchronized void failed(String user, String address) {
        long now = nanoTime.getAsLong();
        users.fail(userKey(user), now, FREE_USER_FAILURES);
        addresses.fail(address, now, FREE_ADDRESS_FAILURES);
    }

    /** @return how many user names and addresses are tracked */
    synchronized int tracked() {
        return users.map.size() + addresses.map.size();
    }

    synchronized void succeeded(String user) {
        users.map.remove(userKey(user));
    }

    private String userKey(String user) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            return Base64.getEncoder().encodeToString(
                    sha.digest(user.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /** @return the pause after the given number of failures, beyond the free ones */
    static Duration pause(int failures, int free) {
        int beyond = failures - free;
        if (beyond <= 0) {
            return Duration.ZERO;
        }
        long seconds = FIRST_PAUSE.toSeconds() << Math.min(beyond - 1, 20);
        return Duration.ofSeconds(Math.min(seconds, CAP.toSeconds()));
    }

    private static final class Count {
        int failures;
        long lastFailure;
        long blockedUntil;
    }

    private static final class Counts {
        /** Least recently failed first. */
        final Map<String, Count> map = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Count> eldest) {
                return size() > MAX_KEYS;
            }
        };

        long waitNanos(String key, long now) {
            Count count = map.get(key);
            if (count == null) {
                return 0;
            }
            if (now - count.lastFailure >= FORGET_AFTER.toNanos()) {
                map.remove(key);
                return 0;
            }
            return count.blockedUntil - now;
        }

        void fail(String key, long now, int free) {
            Count count = map.get(key);
            if (count == null || now - count.lastFailure >= FORGET_AFTER.toNanos()) {
                count = new Count();
                map.put(key, count);
            }
            count.failures++;
            count.lastFailure = now;
            count.blockedUntil = now + pause(count.failures, free).toNanos();
        }
    }
}
