package se.folja.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Closed-loop load: a number of workers each repeating one operation as fast as it completes, for a while.
 * Every operation's latency is kept, so that percentiles are exact.
 */
final class Load {

    /** One operation of a worker; returns whether it succeeded. */
    interface Operation {
        boolean run(int worker, long sequence) throws Exception;
    }

    /** What a run measured. */
    record Result(String name, int workers, double seconds, long ok, long failed, long[] latenciesNanos) {

        double perSecond() {
            return ok / seconds;
        }

        double percentileMillis(double p) {
            if (latenciesNanos.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100.0 * latenciesNanos.length) - 1;
            return latenciesNanos[Math.max(0, Math.min(index, latenciesNanos.length - 1))] / 1e6;
        }

        String row() {
            return String.format("| %s | %s | %,.0f | %.2f | %.2f | %,d | %,d |", name,
                    workers == 0 ? "open loop" : Integer.toString(workers), perSecond(),
                    percentileMillis(50), percentileMillis(99), ok, failed);
        }
    }

    private Load() {
    }

    /** Runs {@code operation} on {@code workers} threads for {@code seconds}, after a warm-up of its own. */
    static Result run(String name, int workers, double warmUpSeconds, double seconds, Operation operation)
            throws Exception {
        measure(workers, warmUpSeconds, operation, Long.MAX_VALUE / 2);
        return named(measure(workers, seconds, operation, 0), name);
    }

    private static Result measure(int workers, double seconds, Operation operation, long sequenceOffset)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        long end = System.nanoTime() + (long) (seconds * 1e9);
        List<Future<long[]>> futures = new ArrayList<>();
        long[] failures = new long[workers];
        for (int w = 0; w < workers; w++) {
            int worker = w;
            Callable<long[]> loop = () -> {
                long[] latencies = new long[1 << 16];
                int n = 0;
                long sequence = sequenceOffset;
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    boolean ok;
                    try {
                        ok = operation.run(worker, sequence++);
                    } catch (Exception e) {
                        ok = false;
                    }
                    long took = System.nanoTime() - start;
                    if (ok) {
                        if (n == latencies.length) {
                            latencies = Arrays.copyOf(latencies, n * 2);
                        }
                        latencies[n++] = took;
                    } else {
                        failures[worker]++;
                    }
                }
                return Arrays.copyOf(latencies, n);
            };
            futures.add(pool.submit(loop));
        }
        long started = System.nanoTime();
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> future : futures) {
            all.add(future.get());
        }
        double elapsed = Math.max(seconds, (System.nanoTime() - started) / 1e9);
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
        long[] latencies = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result("", workers, elapsed, latencies.length, Arrays.stream(failures).sum(), latencies);
    }

    /** One request of an open-loop run, started at its time whether or not earlier ones have answered. */
    interface AsyncOperation {
        CompletableFuture<Boolean> start(long sequence);
    }

    /**
     * Open-loop load: {@code perSecond} operations a second, each started at its scheduled time, however slow
     * the earlier ones are. Latency counts from the scheduled time, so a stall delays every request behind it
     * (no coordinated omission).
     */
    static Result openLoop(String name, int perSecond, double warmUpSeconds, double seconds,
            AsyncOperation operation) throws Exception {
        paced(perSecond, warmUpSeconds, operation);
        return named(paced(perSecond, seconds, operation), name);
    }

    private static Result paced(int perSecond, double seconds, AsyncOperation operation) throws Exception {
        int total = (int) Math.round(perSecond * seconds);
        long interval = 1_000_000_000L / perSecond;
        long[] latencies = new long[total];
        boolean[] ok = new boolean[total];
        CompletableFuture<?>[] all = new CompletableFuture<?>[total];
        long begin = System.nanoTime() + 10_000_000L;
        for (int i = 0; i < total; i++) {
            long due = begin + i * interval;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                if (wait > 200_000) {
                    LockSupport.parkNanos(wait - 100_000);
                } else {
                    Thread.onSpinWait();
                }
            }
            int index = i;
            CompletableFuture<Boolean> started;
            try {
                started = operation.start(i);
            } catch (Exception e) {
                started = CompletableFuture.completedFuture(false);
            }
            all[i] = started.handle((success, failure) -> {
                latencies[index] = System.nanoTime() - due;
                ok[index] = failure == null && Boolean.TRUE.equals(success);
                return null;
            });
        }
        CompletableFuture.allOf(all).get(60, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - begin) / 1e9;
        long failed = 0;
        long[] good = new long[total];
        int n = 0;
        for (int i = 0; i < total; i++) {
            if (ok[i]) {
                good[n++] = latencies[i];
            } else {
                failed++;
            }
        }
        long[] sorted = Arrays.copyOf(good, n);
        Arrays.sort(sorted);
        return new Result("", 0, elapsed, n, failed, sorted);
    }

    private static Result named(Result result, String name) {
        return new Result(name, result.workers(), result.seconds(), result.ok(), result.failed(),
                result.latenciesNanos());
    }
}
