package se.folja.store.internal;

import java.sql.Connection;
import java.sql.Statement;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;

/** H2 in memory, as in the demo and development set-up: nothing to start, one in-memory database per test. */
public final class H2TestDatabase implements TestDatabase {

    public static final H2TestDatabase INSTANCE = new H2TestDatabase();

    private H2TestDatabase() {
    }

    @Override
    public DataSource create(String name) {
        JdbcDataSource dataSource = new JdbcDataSource();
        // kept until SHUTDOWN, not dropped when the migration's connection closes
        dataSource.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        dataSource.setPassword("");
        return dataSource;
    }

    @Override
    public void drop(String name) throws Exception {
        try (Connection connection = create(name).getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        }
    }
}
