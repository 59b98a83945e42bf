package se.folja.store.internal.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import se.folja.store.spi.ExportRecordSource.NonDeliveryRow;

class RowPumpsTest {

    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicInteger read = new AtomicInteger();
    private final RowPumps pumps = new RowPumps();
    /** The threads that ran the statements. */
    private final List<Thread> readers = new java.util.concurrent.CopyOnWriteArrayList<>();

    @AfterEach
    void closePumps() {
        pumps.close();
    }

    /** A statement whose result has {@code rows} rows, client id = row number; failing at {@code failAt} if > 0. */
    private PreparedStatement statement(int rows, int failAt) {
        ResultSet result = (ResultSet) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ResultSet.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "next" -> {
                        if (read.get() + 1 == failAt) {
                            throw new SQLException("the server went away");
                        }
                        yield read.incrementAndGet() <= rows;
                    }
                    case "getLong" -> (long) read.get();
                    case "getInt" -> 20260902;
                    case "getString" -> "X";
                    case "close" -> {
                        closed.set(true);
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return (PreparedStatement) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, (proxy, method, args) -> {
                    if (method.getName().equals("executeQuery")) {
                        readers.add(Thread.currentThread());
                        return result;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void everyRowArrivesInOrderAndTheCursorIsClosed() throws Exception {
        List<Long> seen = new ArrayList<>();
        pumps.run(statement(25_001, 0), row -> seen.add(row.clientId()));
        assertEquals(25_001, seen.size());
        for (int i = 0; i < seen.size(); i++) {
            assertEquals(i + 1, seen.get(i));
        }
        assertTrue(closed.get());
    }

    @Test
    void aWriterThatStopsOrFailsStopsTheReaderBeforeTheCallReturns() throws Exception {
        List<NonDeliveryRow> seen = new ArrayList<>();
        pumps.run(statement(1_000_000, 0), row -> seen.add(row) && seen.size() < 3);
        assertEquals(3, seen.size());
        assertTrue(closed.get());
        assertTrue(read.get() < 1_000_000, "the reader stopped early: " + read.get());

        closed.set(false);
        read.set(0);
        IOException gone = new IOException("client went away");
        assertSame(gone, assertThrows(IOException.class, () -> pumps.run(statement(1_000_000, 0), row -> {
            throw gone;
        })));
        assertTrue(closed.get());
    }

    @Test
    void aDatabaseFailureReachesTheWriterAfterTheRowsBeforeIt() {
        List<NonDeliveryRow> seen = new ArrayList<>();
        SQLException e = assertThrows(SQLException.class, () -> pumps.run(statement(10_000, 2_500), seen::add));
        assertEquals("the server went away", e.getMessage());
        assertEquals(2_000, seen.size(), "the whole batches read before the failure");
        assertTrue(closed.get());
    }

    @Test
    void theReadersAreThreadsOfThePumpsNamedAndDaemon() throws Exception {
        pumps.run(statement(1, 0), row -> true);
        assertEquals(1, readers.size());
        assertTrue(readers.get(0).getName().startsWith(RowPumps.THREAD_NAME), readers.get(0).getName());
        assertTrue(readers.get(0).isDaemon());
        assertFalse(readers.get(0) == Thread.currentThread());
    }

    @Test
    @Timeout(120)
    void closingEndsARunningExportAndLeavesNoThread() throws Exception {
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch closedPumps = new CountDownLatch(1);
        List<NonDeliveryRow> seen = new ArrayList<>();
        CompletableFuture<Void> export = CompletableFuture.runAsync(() -> {
            try {
                pumps.run(statement(1_000_000, 0), row -> {
                    seen.add(row);
                    if (seen.size() == 1) {
                        writing.countDown();
                        await(closedPumps);
                    }
                    return true;
                });
            } catch (IOException | SQLException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        });
        writing.await();
        Thread reader = readers.get(0);
        assertTrue(reader.isAlive(), "a reader is running");

        pumps.close();
        assertTrue(pumps.terminated(), "close waits for the readers' threads to end");
        reader.join();
        assertTrue(closed.get(), "the reader closed its cursor");
        assertTrue(read.get() < 1_000_000, "the reader stopped early: " + read.get());
        closedPumps.countDown();

        // get() unwraps the CompletionException
        Throwable failure = assertThrows(java.util.concurrent.ExecutionException.class, export::get).getCause();
        assertTrue(failure instanceof IOException, String.valueOf(failure));
        assertTrue(seen.size() < 1_000_000, "the writer stopped early: " + seen.size());
        assertThrows(IOException.class, () -> pumps.run(statement(1, 0), row -> true),
                "a closed pump reads no more");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
