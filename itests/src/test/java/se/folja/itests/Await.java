package se.folja.itests;

import static org.junit.Assert.fail;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

/**
 * Waits for state that Följa reaches asynchronously (registration, the demo's data, write-backs): polls until a
 * condition holds and fails with a message and the last value seen when it does not within the timeout. The one
 * way the tests wait; runs inside the container as well as in the driver, with nothing to provision.
 */
final class Await {

    static final Duration POLL = Duration.ofMillis(200);

    private Await() {
    }

    /**
     * @param what what is awaited, for the failure message
     * @param probe reads the current value; an exception counts as "not yet" (e.g. Jetty not listening yet)
     * @return the first value that satisfies {@code until}
     */
    static <T> T await(String what, Duration timeout, Callable<T> probe, Predicate<? super T> until)
            throws InterruptedException {
        return await(what, timeout, POLL, probe, until);
    }

    static <T> T await(String what, Duration timeout, Duration poll, Callable<T> probe, Predicate<? super T> until)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        T last = null;
        Exception failure = null;
        while (true) {
            try {
                last = probe.call();
                failure = null;
                if (until.test(last)) {
                    return last;
                }
            } catch (InterruptedException e) {
                throw e;
            } catch (Exception e) {
                failure = e;
            }
            if (System.nanoTime() - deadline >= 0) {
                fail(what + ": not within " + timeout + "; last seen: "
                        + (failure != null ? failure : String.valueOf(last)));
            }
            Thread.sleep(poll.toMillis());
        }
    }
}
