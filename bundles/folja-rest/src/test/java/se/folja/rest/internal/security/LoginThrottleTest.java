package se.folja.rest.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final String ADDRESS = "192.0.2.1";

    private final AtomicLong now = new AtomicLong(77);
    private final LoginThrottle throttle = new LoginThrottle(now::get);

    private void fail(String user, String address) {
        assertEquals(0, throttle.retryAfterSeconds(user, address), "the attempt may be made");
        throttle.failed(user, address);
    }

    private void seconds(long seconds) {
        now.addAndGet(Duration.ofSeconds(seconds).toNanos());
    }

    @Test
    void aUserNameGetsThreeFreeFailuresThenPausesThatDoubleUpToAMinute() {
        for (int i = 0; i < LoginThrottle.FREE_USER_FAILURES; i++) {
            fail("anna", ADDRESS);
        }
        assertEquals(0, throttle.retryAfterSeconds("anna", ADDRESS));
        long[] expected = {2, 4, 8, 16, 32, 60, 60};
        for (long pause : expected) {
            throttle.failed("anna", "198.51.100." + pause);
            assertEquals(pause, throttle.retryAfterSeconds("anna", "203.0.113.9"), "per user name, from any address");
            assertEquals(0, throttle.retryAfterSeconds("bo", "203.0.113.9"), "another name is not held up");
            seconds(pause - 1);
            assertEquals(1, throttle.retryAfterSeconds("ANNA", ADDRESS), "case does not matter");
            seconds(1);
            assertEquals(0, throttle.retryAfterSeconds("anna", ADDRESS));
        }
    }

    @Test
    void theRetryAfterIsRoundedUp() {
        for (int i = 0; i <= LoginThrottle.FREE_USER_FAILURES; i++) {
            throttle.failed("anna", ADDRESS);
        }
        now.addAndGet(Duration.ofMillis(1_500).toNanos());
        assertEquals(1, throttle.retryAfterSeconds("anna", ADDRESS));
    }

    @Test
    void aSuccessClearsTheUserNameButNotTheAddress() {
        for (int i = 0; i < 9; i++) {
            fail(i < 4 ? "anna" : "user" + i, ADDRESS);
        }
        assertEquals(2, throttle.retryAfterSeconds("anna", "203.0.113.9"));
        throttle.succeeded("anna");
        assertEquals(0, throttle.retryAfterSeconds("anna", "203.0.113.9"));

        throttle.failed("mallory", ADDRESS);
        assertEquals(0, throttle.retryAfterSeconds("mallory", ADDRESS), "the address's tenth failure is free");
        throttle.succeeded("mallory");
        throttle.failed("mallory", ADDRESS);
        assertEquals(2, throttle.retryAfterSeconds("someone", ADDRESS),
                "the eleventh failure from the address pauses every name from it, a success in between or not");
        assertEquals(0, throttle.retryAfterSeconds("someone", "203.0.113.9"));
    }

    @Test
    void failuresAreForgottenAfterAQuietQuarterOfAnHour() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("anna", ADDRESS);
            seconds(61);
        }
        seconds(LoginThrottle.FORGET_AFTER.toSeconds() - 61);
        throttle.failed("anna", ADDRESS);
        assertEquals(0, throttle.retryAfterSeconds("anna", "203.0.113.9"), "counting starts again");
    }

    @Test
    void theMemoryIsBounded() {
        for (int i = 0; i < LoginThrottle.MAX_KEYS + 500; i++) {
            throttle.failed("user" + i, "10.0." + (i / 256) + "." + (i % 256));
        }
        assertTrue(throttle.tracked() <= 2 * LoginThrottle.MAX_KEYS, "tracked: " + throttle.tracked());
        throttle.failed("user" + (LoginThrottle.MAX_KEYS + 499), ADDRESS);
    }
}
