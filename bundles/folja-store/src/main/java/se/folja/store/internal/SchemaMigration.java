package se.folja.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * Brings the database schema up to date with the Liquibase changelog when the {@code folja} DataSource
 * appears, and then registers {@link CurrentSchema}, which every store component references, so that they start
 * only after the migration.
 * <p>
 * The migration runs on a thread of its own, never in activation: Felix SCR holds a component's lock while it
 * constructs the component, and a migration takes seconds (ten and more on a loaded machine), longer than the
 * {@code ds.lock.timeout.milliseconds} (5 s) another thread waits for that lock before it gives up with "Could not
 * obtain lock". Nor is this component a service of its own, since SCR registers an immediate component's service
 * before it constructs it.
 */
@Component(immediate = true)
public final class SchemaMigration {

    /** Stored with every applied changeset: never change it. */
    static final String CHANGELOG = "db/changelog/folja-changelog.xml";

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigration.class);

    /** Before the migration ends: {@code null}; then the action that withdraws {@link CurrentSchema}, or CLOSED. */
    private static final Runnable CLOSED = () -> {
    };

    private static final Object MIGRATIONS = new Object();

    private final AtomicReference<Runnable> published = new AtomicReference<>();

    @Activate
    public SchemaMigration(@Reference(target = "(osgi.jndi.service.name=folja)") DataSource dataSource,
            BundleContext context) {
        this(dataSource, () -> {
            ServiceRegistration<CurrentSchema> registration = context.registerService(CurrentSchema.class,
                    new CurrentSchema(), null);
            return () -> unregister(registration);
        }, migration -> {
            Thread thread = new Thread(migration, "folja-schema-migration");
            thread.setDaemon(true);
            thread.start();
        });
    }

    /**
     * @param publish registers {@link CurrentSchema} and returns how to withdraw it
     * @param start runs the migration, not on the calling thread
     */
    SchemaMigration(DataSource dataSource, Supplier<Runnable> publish, Executor start) {
        start.execute(() -> migrateAndPublish(dataSource, publish));
    }

    private void migrateAndPublish(DataSource dataSource, Supplier<Runnable> publish) {
        synchronized (MIGRATIONS) { // one at a time when the DataSource is replaced during a migration
            if (published.get() != null) {
                return; // deactivated before its turn
            }
            try {
                migrate(dataSource);
            } catch (RuntimeException e) {
                if (published.get() != null) {
                    LOG.info("Följa schema migration ended as its DataSource went away: {}", e.getMessage());
                } else {
                    LOG.error("Följa schema migration failed: the stores stay unavailable until the DataSource"
                            + " is registered again", e);
                }
                return;
            }
        }
        if (published.get() != null) {
            return;
        }
        Runnable withdraw;
        try {
            withdraw = publish.get();
        } catch (IllegalStateException bundleStopped) {
            return; // the bundle stopped between the check and the registration
        }
        if (!published.compareAndSet(null, withdraw)) {
            withdraw.run(); // deactivated while registering
        }
    }

    @Deactivate
    void deactivate() {
        Runnable withdraw = published.getAndSet(CLOSED);
        if (withdraw != null) {
            withdraw.run();
        }
    }

    private static void unregister(ServiceRegistration<?> registration) {
        try {
            registration.unregister();
        } catch (IllegalStateException alreadyGone) {
            // the bundle stopped first and the framework withdrew it
        }
    }

    /** Applies every pending changeset in one run. */
    public static void migrate(DataSource dataSource) {
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            Map<String, Object> scope = Map.of(Scope.Attr.ui.name(), new LoggerUIService());
            Scope.child(scope, () -> update(connection));
        } catch (Exception e) {
            throw new IllegalStateException("Följa schema migration failed", e);
        }
        LOG.info("Följa schema is current ({} ms)", (System.nanoTime() - started) / 1_000_000);
    }

    @SuppressWarnings("deprecation") // the Liquibase facade is the documented embedding API of 4.x
    private static void update(Connection connection) throws LiquibaseException, SQLException {
        Database database = DatabaseFactory.getInstance()
                .findCorrectDatabaseImplementation(new JdbcConnection(connection));
        ClassLoaderResourceAccessor resources = new ClassLoaderResourceAccessor(SchemaMigration.class.getClassLoader());
        Liquibase liquibase = new Liquibase(CHANGELOG, resources, database);
        liquibase.setShowSummaryOutput(UpdateSummaryOutputEnum.LOG);
        liquibase.update(new Contexts(), new LabelExpression());
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
    }
}
