package se.folja.store.internal;

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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import se.folja.store.internal.JdbcExportRecordSource.RowPump;
import se.folja.store.spi.ExportRecordSource.NonDeliveryRow;

class RowPumpTest {

    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicInteger read = new AtomicInteger();

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
                        return result;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void everyRowArrivesInOrderAndTheCursorIsClosed() throws Exception {
        List<Long> seen = new ArrayList<>();
        new RowPump(statement(25_001, 0)).run(row -> seen.add(row.clientId()));
        assertEquals(25_001, seen.size());
        for (int i = 0; i < seen.size(); i++) {
            assertEquals(i + 1, seen.get(i));
        }
        assertTrue(closed.get());
        assertFalse(readerAlive());
    }

    @Test
    void aWriterThatStopsOrFailsStopsTheReaderBeforeTheCallReturns() throws Exception {
        List<NonDeliveryRow> seen = new ArrayList<>();
        new RowPump(statement(1_000_000, 0)).run(row -> seen.add(row) && seen.size() < 3);
        assertEquals(3, seen.size());
        assertTrue(closed.get());
        assertFalse(readerAlive());
        assertTrue(read.get() < 1_000_000, "the reader stopped early: " + read.get());

        closed.set(false);
        read.set(0);
        IOException gone = new IOException("client went away");
        assertSame(gone, assertThrows(IOException.class, () -> new RowPump(statement(1_000_000, 0)).run(row -> {
            throw gone;
        })));
        assertTrue(closed.get());
        assertFalse(readerAlive());
    }

    @Test
    void aDatabaseFailureReachesTheWriterAfterTheRowsBeforeIt() {
        List<NonDeliveryRow> seen = new ArrayList<>();
        SQLException e = assertThrows(SQLException.class, () -> new RowPump(statement(10_000, 2_500))
                .run(seen::add));
        assertEquals("the server went away", e.getMessage());
        assertEquals(2_000, seen.size(), "the whole batches read before the failure");
        assertTrue(closed.get());
        assertFalse(readerAlive());
    }

    private static boolean readerAlive() {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("folja-export-rows")
                && t.isAlive());
    }
}
