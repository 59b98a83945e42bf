package se.folja.rest.internal.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;

import se.folja.api.session.BrowserSession;
import se.folja.api.session.BrowserSessions;

/**
 * The browser sessions opened on Följa's login page, in memory: a session ends when its person logs out, when it
 * has been idle longer than {@code se.folja.security}'s {@code sessionIdleMinutes}, when it is older than its
 * {@code sessionMaxHours} however active, or when Karaf stops. Each node
 * of a cluster has its own sessions (a load balancer must keep a browser on its node, or the person logs in again).
 *
 * <p>The cookie value is a random 256-bit token (base64url); the store keeps only its SHA-256, so neither a heap
 * dump nor a timing difference in the map's lookup gives a usable cookie away. The CSRF token is another random
 * 256-bit value. Expired sessions are dropped when they are looked up and by a sweep at most once a minute, made
 * by whichever request comes; at most {@value #MAX_SESSIONS} sessions are held, beyond which the longest idle
 * one is closed.
 */
@Component(service = {BrowserSessions.class, SessionStore.class}, configurationPid = "se.folja.security")
public final class SessionStore implements BrowserSessions {

    /** The most sessions held at once. */
    static final int MAX_SESSIONS = 20_000;
    static final int MIN_IDLE_MINUTES = 1;
    static final int MAX_IDLE_MINUTES = 720;
    static final int MIN_LIFETIME_HOURS = 1;
    static final int MAX_LIFETIME_HOURS = 24;
    private static final long SWEEP_EVERY_NANOS = Duration.ofMinutes(1).toNanos();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ConcurrentHashMap<String, Entry> sessions = new ConcurrentHashMap<>();
    private final LongSupplier nanoTime;
    private volatile long idleNanos;
    private volatile long lifetimeNanos;
    private volatile long lastSweep;

    /** A session that was opened: its cookie value goes to the browser, the session stays here. */
    record Opened(String cookieValue, BrowserSession session) {
        @Override
        public String toString() {
            return "Opened[" + session + "]";
        }
    }

    private static final class Entry {
        final BrowserSession session;
        final long opened;
        volatile long lastSeen;

        Entry(BrowserSession session, long opened) {
            this.session = session;
            this.opened = opened;
            this.lastSeen = opened;
        }
    }

    @Activate
    public SessionStore(SecurityConfig config) {
        this(config, System::nanoTime);
    }

    SessionStore(SecurityConfig config, LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        this.lastSweep = nanoTime.getAsLong();
        modified(config);
    }

    /**
     * A changed idle time applies to the open sessions too, from their last activity; a changed lifetime, from
     * their login.
     */
    @Modified
    void modified(SecurityConfig config) {
        this.idleNanos = idleTime(config).toNanos();
        this.lifetimeNanos = lifetime(config).toNanos();
    }

    /** @return the configured lifetime of a session, within its bounds */
    static Duration lifetime(SecurityConfig config) {
        return Duration.ofHours(Math.max(MIN_LIFETIME_HOURS, Math.min(MAX_LIFETIME_HOURS, config.sessionMaxHours())));
    }

    /** @return the configured idle time, within its bounds */
    static Duration idleTime(SecurityConfig config) {
        return Duration.ofMinutes(Math.max(MIN_IDLE_MINUTES, Math.min(MAX_IDLE_MINUTES, config.sessionIdleMinutes())));
    }

    /** Opens a session for a person the realm has just let in. */
    Opened open(String user, Set<String> roles) {
        long now = nanoTime.getAsLong();
        sweep(now);
        if (sessions.size() >= MAX_SESSIONS) {
            sessions.entrySet().stream().min(Comparator.comparingLong(e -> e.getValue().lastSeen))
                    .ifPresent(e -> sessions.remove(e.getKey(), e.getValue()));
        }
        String cookie = randomToken();
        BrowserSession session = new BrowserSession(user, roles, randomToken());
        sessions.put(key(cookie), new Entry(session, now));
        return new Opened(cookie, session);
    }

    @Override
    public Optional<BrowserSession> find(String cookieValue) {
        if (cookieValue == null || cookieValue.isEmpty() || cookieValue.length() > 100) {
            return Optional.empty();
        }
        long now = nanoTime.getAsLong();
        sweep(now);
        String key = key(cookieValue);
        Entry entry = sessions.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (expired(entry, now)) {
            sessions.remove(key, entry);
            return Optional.empty();
        }
        entry.lastSeen = now;
        return Optional.of(entry.session);
    }

    /** Ends the session the cookie names, if there is one. */
    void close(String cookieValue) {
        if (cookieValue != null && !cookieValue.isEmpty() && cookieValue.length() <= 100) {
            sessions.remove(key(cookieValue));
        }
    }

    /** @return how many sessions are held (some may have expired since the last sweep) */
    int size() {
        return sessions.size();
    }

    private boolean expired(Entry entry, long now) {
        return now - entry.lastSeen >= idleNanos || now - entry.opened >= lifetimeNanos;
    }

    private void sweep(long now) {
        long last = lastSweep;
        if (now - last < SWEEP_EVERY_NANOS) {
            return;
        }
        lastSweep = now;
        for (Map.Entry<String, Entry> e : sessions.entrySet()) {
            if (expired(e.getValue(), now)) {
                sessions.remove(e.getKey(), e.getValue());
            }
        }
    }

    /** @return a random 256-bit value, base64url without padding (43 characters) */
    static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String key(String cookieValue) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(cookieValue.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
