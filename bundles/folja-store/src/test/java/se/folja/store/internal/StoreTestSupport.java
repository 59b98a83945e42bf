package se.folja.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.persistence.EntityManagerFactory;
import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;
import se.folja.api.ConflictException;

/**
 * The set-up that every store test shares, whatever the database: before each test a new, empty database that
 * {@link SchemaMigration} brings up to date, the production persistence unit over it and a
 * {@link ResourceLocalJpaTemplate} in place of Aries'; after each test the factory is closed and the database
 * dropped. Subclasses build their store from {@link #jpa()} in their own {@code @BeforeEach}, which JUnit runs
 * after this class's.
 */
public abstract class StoreTestSupport {

    private static int databases;

    private String databaseName;
    private DataSource dataSource;
    private EntityManagerFactory emf;
    private ResourceLocalJpaTemplate jpa;

    /** @return the server on which each test gets its database */
    protected abstract TestDatabase database();

    @BeforeEach
    public void createMigratedDatabase() throws Exception {
        databaseName = "folja_test_" + nextDatabase();
        dataSource = database().create(databaseName);
        SchemaMigration.migrate(dataSource);
        emf = TestPersistence.entityManagerFactory(dataSource);
        jpa = new ResourceLocalJpaTemplate(emf);
    }

    @AfterEach
    public void dropDatabase() throws Exception {
        if (emf != null) {
            emf.close();
        }
        if (dataSource != null) {
            database().drop(databaseName);
        }
    }

    private static synchronized int nextDatabase() {
        return ++databases;
    }

    /** @return this test's migrated database */
    protected final DataSource dataSource() {
        return dataSource;
    }

    /** @return the persistence unit over {@link #dataSource()} */
    protected final EntityManagerFactory emf() {
        return emf;
    }

    /** @return the template that the stores under test use */
    protected final ResourceLocalJpaTemplate jpa() {
        return jpa;
    }

    /**
     * Starts the writes together and asserts that exactly one succeeds and every other gets a
     * {@link ConflictException}.
     *
     * @return what the successful one returned
     */
    @SafeVarargs
    protected static <T> T race(ExecutorService pool, String where, Callable<T>... writes)
            throws InterruptedException, TimeoutException {
        CyclicBarrier start = new CyclicBarrier(writes.length);
        List<Future<T>> attempts = new ArrayList<>();
        for (Callable<T> write : writes) {
            attempts.add(pool.submit(() -> {
                start.await(30, TimeUnit.SECONDS);
                return write.call();
            }));
        }
        List<T> winners = new ArrayList<>();
        int conflicts = 0;
        for (Future<T> attempt : attempts) {
            try {
                winners.add(attempt.get(60, TimeUnit.SECONDS));
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof ConflictException)) {
                    throw new AssertionError(where + ": neither success nor conflict", e.getCause());
                }
                conflicts++;
            }
        }
        assertEquals(1, winners.size(), where + ": successes");
        assertEquals(writes.length - 1, conflicts, where + ": conflicts");
        return winners.get(0);
    }

    /**
     * Starts the writes together and asserts that every one succeeds, e.g. writes that share only a row that
     * the first of them creates.
     *
     * @return what each returned, in the order given
     */
    @SafeVarargs
    protected static <T> List<T> together(ExecutorService pool, String where, Callable<T>... writes)
            throws InterruptedException, TimeoutException {
        CyclicBarrier start = new CyclicBarrier(writes.length);
        List<Future<T>> attempts = new ArrayList<>();
        for (Callable<T> write : writes) {
            attempts.add(pool.submit(() -> {
                start.await(30, TimeUnit.SECONDS);
                return write.call();
            }));
        }
        List<T> results = new ArrayList<>();
        for (Future<T> attempt : attempts) {
            try {
                results.add(attempt.get(60, TimeUnit.SECONDS));
            } catch (ExecutionException e) {
                throw new AssertionError(where + ": a write failed", e.getCause());
            }
        }
        return results;
    }

    /** @return how many rows {@code sql} ({@code SELECT COUNT(*) …} with {@code ?} parameters) counts */
    protected final long count(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** Applies the changelog to this test's database again, as a node starting on it would. */
    protected final void migrate() {
        SchemaMigration.migrate(dataSource);
    }

    /** Rolls the last {@code changesets} changesets of the changelog back, with their rollback statements. */
    @SuppressWarnings("deprecation") // the Liquibase facade, as SchemaMigration uses it
    protected final void rollBack(int changesets) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            Scope.child(Map.of(Scope.Attr.ui.name(), new LoggerUIService()), () -> {
                Database database = DatabaseFactory.getInstance()
                        .findCorrectDatabaseImplementation(new JdbcConnection(connection));
                new Liquibase(SchemaMigration.CHANGELOG,
                        new ClassLoaderResourceAccessor(SchemaMigration.class.getClassLoader()), database)
                        .rollback(changesets, (String) null);
            });
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        }
    }
}
