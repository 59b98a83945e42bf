package se.folja.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
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
 * appears. Registered as a service only once the schema is current, so that every store component that
 * references it starts after the migration.
 */
@Component(service = SchemaMigration.class, immediate = true)
public final class SchemaMigration {

    /** Stored with every applied changeset: never change it. */
    static final String CHANGELOG = "db/changelog/folja-changelog.xml";

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigration.class);

    @Activate
    public SchemaMigration(@Reference(target = "(osgi.jndi.service.name=folja)") DataSource dataSource) {
        migrate(dataSource);
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
