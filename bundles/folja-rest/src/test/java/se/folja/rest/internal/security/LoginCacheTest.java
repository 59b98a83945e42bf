package se.folja.rest.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class LoginCacheTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final LoginCache cache = new LoginCache(Duration.ofSeconds(60), now::get);
    private final LoginCache.Login anna = new LoginCache.Login("anna", Set.of(Roles.STAFF));

    @Test
    void aRememberedLoginIsFoundWithTheSamePasswordOnly() {
        cache.remember("anna", "secret".toCharArray(), anna);

        assertEquals(anna, cache.find("anna", "secret".toCharArray()));
        assertNull(cache.find("anna", "Secret".toCharArray()));
        assertNull(cache.find("anna", "".toCharArray()));
        assertNull(cache.find("bo", "secret".toCharArray()));
    }

    @Test
    void aLoginIsForgottenWhenItExpires() {
        cache.remember("anna", "secret".toCharArray(), anna);

        now.addAndGet(Duration.ofSeconds(59).toNanos());
        assertEquals(anna, cache.find("anna", "secret".toCharArray()));
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        assertNull(cache.find("anna", "secret".toCharArray()));
    }

    @Test
    void aZeroTimeToLiveRemembersNothing() {
        LoginCache off = new LoginCache(Duration.ZERO, now::get);
        off.remember("anna", "secret".toCharArray(), anna);

        assertNull(off.find("anna", "secret".toCharArray()));
    }

    @Test
    void aNewPasswordReplacesTheOld() {
        cache.remember("anna", "old".toCharArray(), anna);
        cache.remember("anna", "new".toCharArray(), anna);

        assertNull(cache.find("anna", "old".toCharArray()));
        assertEquals(anna, cache.find("anna", "new".toCharArray()));
    }
}
