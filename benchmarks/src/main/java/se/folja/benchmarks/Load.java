package se.folja.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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

    /** Adds the table of results to the report: a header, then a row per result, then an empty line. */
    static void table(List<String> report, List<Result> results) {
        report.add("| what | workers | per second | p50 ms | p99 ms | done | failed |");
        report.add("|---|---|---|---|---|---|---|");
        results.forEach(r -> report.add(r.row()));
        report.add("");
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

    /**
     * Open-loop load: {@code perSecond} operations a second, each due at its scheduled time however slow the
     * earlier ones are. {@code workers} threads take the due operations in turn; latency counts from the due
     * time, so a stall delays every operation behind it (no coordinated omission), and so does a shortage of
     * workers.
     */
    static Result openLoop(String name, int perSecond, int workers, double warmUpSeconds, double seconds,
            Operation operation) throws Exception {
        paced(perSecond, workers, warmUpSeconds, operation);
        return named(paced(perSecond, workers, seconds, operation), name);
    }

    private static Result paced(int perSecond, int workers, double seconds, Operation operation) throws Exception {
        int total = (int) Math.round(perSecond * seconds);
        long interval = 1_000_000_000L / perSecond;
        long[] latencies = new long[total];
        boolean[] ok = new boolean[total];
        AtomicInteger next = new AtomicInteger();
        long begin = System.nanoTime() + 50_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            int worker = w;
            running.add(pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < total) {
                    long due = begin + i * interval;
                    long wait;
                    while ((wait = due - System.nanoTime()) > 0) {
                        LockSupport.parkNanos(wait);
                    }
                    boolean success;
                    try {
                        success = operation.run(worker, i);
                    } catch (Exception e) {
                        success = false;
                    }
                    latencies[i] = System.nanoTime() - due;
                    ok[i] = success;
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
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
