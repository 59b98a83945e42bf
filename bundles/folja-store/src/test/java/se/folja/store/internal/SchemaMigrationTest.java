package se.folja.store.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Activation does no database work: Felix SCR holds the component's lock while it constructs it, and a migration
 * that outlasts {@code ds.lock.timeout.milliseconds} made the store components fail with "Could not obtain lock".
 * The tests run the migration themselves, on the test thread, from the task the component hands its executor.
 */
class SchemaMigrationTest {

    private final List<Runnable> started = new ArrayList<>();
    private final AtomicInteger published = new AtomicInteger();
    private final AtomicInteger withdrawn = new AtomicInteger();
    private final Supplier<Runnable> publish = () -> {
        published.incrementAndGet();
        return withdrawn::incrementAndGet;
    };
    private final String databaseName = "folja_schema_migration_test";
    private final DataSource database = H2TestDatabase.INSTANCE.create(databaseName);

    @AfterEach
    void dropDatabase() throws Exception {
        H2TestDatabase.INSTANCE.drop(databaseName);
    }

    @Test
    void activationTouchesNeitherTheDatabaseNorTheRegistry() {
        AtomicInteger connections = new AtomicInteger();
        DataSource counting = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        connections.incrementAndGet();
                        throw new SQLException("no database during activation");
                    }
                    throw new UnsupportedOperationException(method.getName());
                });

        new SchemaMigration(counting, publish, started::add);

        assertEquals(0, connections.get(), "connections asked for during activation");
        assertEquals(0, published.get());
        assertEquals(1, started.size(), "the migration handed to a thread of its own");
    }

    @Test
    void publishesTheCurrentSchemaOnlyAfterTheMigration() throws Exception {
        new SchemaMigration(database, publish, started::add);
        assertEquals(0, published.get());

        started.get(0).run();

        assertEquals(1, published.get());
        assertTrue(changesetsApplied() > 0, "the changelog ran before CurrentSchema was published");
    }

    @Test
    void deactivationWithdrawsTheCurrentSchema() {
        SchemaMigration migration = new SchemaMigration(database, publish, started::add);
        started.get(0).run();

        migration.deactivate();

        assertEquals(1, published.get());
        assertEquals(1, withdrawn.get());
    }

    @Test
    void aMigrationThatEndsAfterDeactivationPublishesNothing() throws Exception {
        SchemaMigration migration = new SchemaMigration(database, publish, started::add);
        migration.deactivate();

        started.get(0).run();

        assertEquals(0, published.get());
        assertEquals(0, withdrawn.get());
    }

    @Test
    void aRegistrationRefusedByAStoppedBundleEndsTheMigrationQuietly() {
        new SchemaMigration(database, () -> {
            throw new IllegalStateException("Invalid BundleContext.");
        }, started::add);

        assertDoesNotThrow(() -> started.get(0).run());
    }

    @Test
    void aFailedMigrationPublishesNothing() {
        DataSource broken = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    throw new SQLException("the database is down");
                });
        new SchemaMigration(broken, publish, started::add);

        started.get(0).run();

        assertEquals(0, published.get());
    }

    private int changesetsApplied() throws SQLException {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select count(*) from DATABASECHANGELOG")) {
            assertNotNull(rows);
            rows.next();
            return rows.getInt(1);
        }
    }
}
