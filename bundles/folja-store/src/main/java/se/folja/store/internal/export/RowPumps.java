package se.folja.store.internal.export;

import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.folja.store.spi.ExportRecordSource.NonDeliveryRow;
import se.folja.store.spi.ExportRecordSource.RowConsumer;

/**
 * Reads the record export's rows on a thread of their own while the caller writes them: the database makes and
 * sends the next fetch, and the driver decodes it, while the export formats the last. In one thread each would
 * wait for the other (a record export of millions of rows went at half the speed). Rows cross in batches through a
 * short queue, so memory stays that of a few fetches; the reader ends, and closes its cursor, before the statement
 * is closed — also when the writer stops or fails.
 *
 * <p>The readers' threads come from a pool this object owns (named daemon threads, one per running export, idle
 * ones ending after a minute). {@link #close} stops it: every running export ends with an {@link IOException}
 * once its reader has closed its cursor, and no thread is left. No thread is ever interrupted while it reads (H2
 * closes its file on an interrupt): readers stop on a flag.
 */
public final class RowPumps implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RowPumps.class);
    /** The thread names' prefix, a number follows. */
    static final String THREAD_NAME = "folja-export-rows-";
    static final int BATCH = 1000;
    /** How long {@link #close} waits for the readers to close their cursors. */
    static final long CLOSE_WAIT_SECONDS = 30;
    private static final Object END = new Object();

    private final ExecutorService readers;
    private final Set<Pump> running = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    public RowPumps() {
        AtomicInteger threads = new AtomicInteger();
        readers = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
            Thread t = new Thread(r, THREAD_NAME + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Reads the rows of {@code statement} on a reader thread and hands them to {@code rows} on this one.
     *
     * @throws IOException if {@code rows} fails, or the pumps were closed before or during the read
     * @throws SQLException if the database fails, after the rows read before the failure
     */
    public void run(PreparedStatement statement, RowConsumer rows) throws IOException, SQLException {
        Pump pump = new Pump(statement);
        running.add(pump);
        try {
            if (closed) {
                throw new IOException("the record export is stopping");
            }
            try {
                readers.execute(pump::read);
            } catch (RejectedExecutionException e) {
                throw new IOException("the record export is stopping", e);
            }
            pump.write(rows);
        } finally {
            running.remove(pump);
        }
    }

    /**
     * Stops every running export (its reader at the next row, its writer at the next batch) and the pool, and waits
     * for the readers to close their cursors and their threads to end.
     */
    @Override
    public void close() {
        closed = true;
        running.forEach(Pump::cancel);
        // shutdown interrupts idle threads only: a reader inside the database is never interrupted
        readers.shutdown();
        boolean interrupted = false;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(CLOSE_WAIT_SECONDS);
        while (true) {
            try {
                if (!readers.awaitTermination(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)) {
                    LOG.warn("A record export's reader did not end within {} s; it ends at its next row",
                            CLOSE_WAIT_SECONDS);
                }
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** @return whether the pumps are closed and every reader's thread has ended */
    boolean terminated() {
        return readers.isTerminated();
    }

    /** One export's reader and writer. */
    private static final class Pump {

        private final PreparedStatement statement;
        private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(8);
        private final CountDownLatch readerDone = new CountDownLatch(1);
        /** Set by the writer when it stops, for whatever reason. */
        private volatile boolean stopped;
        /** Set when the pumps close. */
        private volatile boolean cancelled;

        Pump(PreparedStatement statement) {
            this.statement = statement;
        }

        /** The writer sees the flag at its next item: if the queue is empty, this wakes it. */
        void cancel() {
            cancelled = true;
            queue.offer(END);
        }

        void write(RowConsumer rows) throws IOException, SQLException {
            try {
                while (true) {
                    Object next = queue.take();
                    if (cancelled) {
                        throw new IOException("the record export was stopped: its component is going away");
                    }
                    if (next == END) {
                        return;
                    }
                    if (next instanceof SQLException e) {
                        throw e;
                    }
                    if (next instanceof RuntimeException e) {
                        throw e;
                    }
                    if (next instanceof Error e) {
                        throw e;
                    }
                    for (NonDeliveryRow row : asRows(next)) {
                        if (!rows.accept(row)) {
                            return;
                        }
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("the export was interrupted", e);
            } finally {
                stopped = true;
                queue.clear();
                awaitReader();
            }
        }

        void read() {
            try (ResultSet r = statement.executeQuery()) {
                List<NonDeliveryRow> batch = new ArrayList<>(BATCH);
                while (!stopped && !cancelled && r.next()) {
                    batch.add(new NonDeliveryRow(r.getLong(1), r.getString(2), r.getString(3), r.getString(4),
                            r.getString(5), r.getInt(6), r.getInt(7)));
                    if (batch.size() == BATCH) {
                        hand(batch);
                        batch = new ArrayList<>(BATCH);
                    }
                }
                hand(batch);
                hand(END);
            } catch (SQLException | RuntimeException | Error e) {
                hand(e);
            } finally {
                readerDone.countDown();
            }
        }

        /** Waits for room, unless the writer has stopped or the pumps are closing. */
        private void hand(Object item) {
            try {
                while (!stopped && !cancelled && !queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                    // the writer is behind: wait
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @SuppressWarnings("unchecked")
        private static List<NonDeliveryRow> asRows(Object batch) {
            return (List<NonDeliveryRow>) batch;
        }

        /** The reader closes its cursor before the caller closes the statement. */
        private void awaitReader() {
            boolean interrupted = false;
            while (true) {
                try {
                    readerDone.await();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
