package se.folja.store.internal;

import java.sql.Connection;
import java.sql.Statement;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;

/** The store on H2, as in the demo and development set-up: one in-memory database per test. */
class H2ReasonStoreTest extends ReasonStoreContract {

    @Override
    protected DataSource createDatabase(String name) {
        JdbcDataSource dataSource = new JdbcDataSource();
        // kept until SHUTDOWN, not dropped when the migration's connection closes
        dataSource.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        dataSource.setPassword("");
        return dataSource;
    }

    @Override
    protected void dropDatabase(String name) throws Exception {
        try (Connection connection = createDatabase(name).getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        }
    }
}
