package se.folja.store.internal;

import java.sql.Connection;
import java.sql.Statement;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The store on a real PostgreSQL (the production database), started by this class and stopped after it: one
 * server for the class, one database per test.
 */
class PostgresReasonStoreTest extends ReasonStoreContract {

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Override
    protected DataSource createDatabase(String name) throws Exception {
        execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        return postgres.getDatabase("postgres", name);
    }

    @Override
    protected void dropDatabase(String name) throws Exception {
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static void execute(String sql) throws Exception {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
