package se.folja.store.internal;

import java.sql.Connection;
import java.sql.Statement;

import javax.sql.DataSource;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL (the production database), started before the test class that registers this extension
 * and stopped after it: one server for the class, one database per test.
 *
 * <pre>
 * &#64;RegisterExtension
 * static final PostgresTestDatabase POSTGRES = new PostgresTestDatabase();
 * </pre>
 */
public final class PostgresTestDatabase implements TestDatabase, BeforeAllCallback, AfterAllCallback {

    private EmbeddedPostgres postgres;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        postgres = EmbeddedPostgres.builder().start();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }

    @Override
    public DataSource create(String name) throws Exception {
        execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        return server().getDatabase("postgres", name);
    }

    @Override
    public void drop(String name) throws Exception {
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private void execute(String sql) throws Exception {
        try (Connection connection = server().getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private EmbeddedPostgres server() {
        if (postgres == null) {
            throw new IllegalStateException("PostgreSQL is not running: register " + getClass().getSimpleName()
                    + " with @RegisterExtension on a static field");
        }
        return postgres;
    }
}
