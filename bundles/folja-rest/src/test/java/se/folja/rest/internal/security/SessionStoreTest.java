package se.folja.rest.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import se.folja.api.session.BrowserSession;

class SessionStoreTest {

    private final AtomicLong now = new AtomicLong(5_000);
    private final SessionStore store = new SessionStore(FakeHttp.config("sessionIdleMinutes", 30), now::get);

    @Test
    void aSessionIsFoundByItsCookieWithTheUserRolesAndToken() {
        SessionStore.Opened opened = store.open("anna", Set.of(Roles.STAFF, "folja-unit-NORR"));

        BrowserSession session = store.find(opened.cookieValue()).orElseThrow();
        assertEquals("anna", session.user());
        assertEquals(Set.of(Roles.STAFF, "folja-unit-NORR"), session.roles());
        assertEquals(opened.session().csrfToken(), session.csrfToken());
        assertFalse(session.toString().contains("anna"));
        assertFalse(opened.toString().contains(opened.cookieValue()));
    }

    @Test
    void aSessionEndsAfterTheIdleTimeAndEachUseMovesItOn() {
        String cookie = store.open("anna", Set.of(Roles.STAFF)).cookieValue();

        now.addAndGet(Duration.ofMinutes(29).toNanos());
        assertTrue(store.find(cookie).isPresent());
        now.addAndGet(Duration.ofMinutes(29).toNanos());
        assertTrue(store.find(cookie).isPresent(), "the use 29 minutes ago moved the end on");
        now.addAndGet(Duration.ofMinutes(30).toNanos());
        assertTrue(store.find(cookie).isEmpty());
        now.addAndGet(Duration.ofMinutes(-30).toNanos());
        assertTrue(store.find(cookie).isEmpty(), "an ended session stays ended");
    }

    @Test
    void aChangedIdleTimeAppliesToOpenSessions() {
        String cookie = store.open("anna", Set.of(Roles.STAFF)).cookieValue();
        store.modified(FakeHttp.config("sessionIdleMinutes", 5));

        now.addAndGet(Duration.ofMinutes(5).toNanos());
        assertTrue(store.find(cookie).isEmpty());
    }

    @Test
    void aSessionEndsAfterItsLifetimeHoweverActiveItIs() {
        String cookie = store.open("anna", Set.of(Roles.STAFF)).cookieValue();

        for (int minutes = 20; minutes < 12 * 60; minutes += 20) {
            now.addAndGet(Duration.ofMinutes(20).toNanos());
            assertTrue(store.find(cookie).isPresent(), minutes + " minutes after the login");
        }
        now.addAndGet(Duration.ofMinutes(20).toNanos());
        assertTrue(store.find(cookie).isEmpty(), "twelve hours after the login");
    }

    @Test
    void aChangedLifetimeAppliesToOpenSessionsFromTheirLogin() {
        String cookie = store.open("anna", Set.of(Roles.STAFF)).cookieValue();
        now.addAndGet(Duration.ofMinutes(20).toNanos());
        assertTrue(store.find(cookie).isPresent());

        store.modified(FakeHttp.config("sessionIdleMinutes", 720, "sessionMaxHours", 1));
        now.addAndGet(Duration.ofMinutes(40).toNanos());
        assertTrue(store.find(cookie).isEmpty());
    }

    @Test
    void theLifetimeIsBounded() {
        assertEquals(Duration.ofHours(1), SessionStore.lifetime(FakeHttp.config("sessionMaxHours", 0)));
        assertEquals(Duration.ofHours(24), SessionStore.lifetime(FakeHttp.config("sessionMaxHours", 1_000)));
        assertEquals(Duration.ofHours(12), SessionStore.lifetime(FakeHttp.config()));
    }

    @Test
    void theIdleTimeIsBounded() {
        assertEquals(Duration.ofMinutes(1), SessionStore.idleTime(FakeHttp.config("sessionIdleMinutes", 0)));
        assertEquals(Duration.ofMinutes(1), SessionStore.idleTime(FakeHttp.config("sessionIdleMinutes", -5)));
        assertEquals(Duration.ofMinutes(720), SessionStore.idleTime(FakeHttp.config("sessionIdleMinutes", 100_000)));
        assertEquals(Duration.ofMinutes(30), SessionStore.idleTime(FakeHttp.config()));
    }

    @Test
    void closingEndsTheSession() {
        String cookie = store.open("anna", Set.of(Roles.STAFF)).cookieValue();
        String other = store.open("bo", Set.of(Roles.STAFF)).cookieValue();

        store.close(cookie);
        assertTrue(store.find(cookie).isEmpty());
        assertTrue(store.find(other).isPresent());
        store.close(null);
        store.close("");
    }

    @Test
    void cookiesAndTokensAre256RandomBitsInBase64Url() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            SessionStore.Opened opened = store.open("anna", Set.of(Roles.STAFF));
            for (String token : new String[] {opened.cookieValue(), opened.session().csrfToken()}) {
                assertTrue(token.matches("[A-Za-z0-9_-]{43}"), token);
                assertTrue(seen.add(token), "every token differs");
            }
            assertNotEquals(opened.cookieValue(), opened.session().csrfToken());
        }
    }

    @Test
    void anythingElseAsCookieFindsNothing() {
        String cookie = store.open("anna", Set.of(Roles.STAFF)).cookieValue();
        String csrf = store.find(cookie).orElseThrow().csrfToken();

        assertTrue(store.find(null).isEmpty());
        assertTrue(store.find("").isEmpty());
        assertTrue(store.find(csrf).isEmpty(), "the CSRF token is not a cookie");
        assertTrue(store.find(cookie + "x").isEmpty());
        assertTrue(store.find("x".repeat(100_000)).isEmpty());
    }

    @Test
    void expiredSessionsAreSweptAway() {
        for (int i = 0; i < 10; i++) {
            store.open("anna" + i, Set.of(Roles.STAFF));
        }
        now.addAndGet(Duration.ofMinutes(20).toNanos());
        String fresh = store.open("bo", Set.of(Roles.STAFF)).cookieValue();
        now.addAndGet(Duration.ofMinutes(15).toNanos());
        assertEquals(11, store.size(), "the ten idle sessions are still held until the next use sweeps");

        store.find("anything");
        assertEquals(1, store.size(), "the sweep on the next use dropped the ten idle sessions");
        assertTrue(store.find(fresh).isPresent());
    }

    @Test
    void atMostTheLimitOfSessionsIsHeldTheLongestIdleGoingFirst() {
        String oldest = store.open("first", Set.of(Roles.STAFF)).cookieValue();
        now.incrementAndGet();
        for (int i = 1; i < SessionStore.MAX_SESSIONS; i++) {
            store.open("p", Set.of(Roles.STAFF));
        }
        assertEquals(SessionStore.MAX_SESSIONS, store.size());
        assertTrue(store.find(oldest).isPresent());
        now.incrementAndGet();
        // the oldest was just used: another one is the longest idle now
        store.open("one more", Set.of(Roles.STAFF));

        assertEquals(SessionStore.MAX_SESSIONS, store.size());
        assertTrue(store.find(oldest).isPresent());
    }
}
