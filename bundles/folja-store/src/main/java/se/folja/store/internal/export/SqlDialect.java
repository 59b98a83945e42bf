package se.folja.store.internal.export;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

/**
 * What the exports' SQL does differently on the two databases Följa runs on, in one place: chosen once, from the
 * database's name in the connection's metadata.
 */
public enum SqlDialect {

    /** H2 2.2: no {@code GROUPING SETS}, so one {@code GROUP BY} per grouping. Also any other database. */
    H2(false) {
        @Override
        void beforeWholePeriod(Connection c) {
            // H2 reads the table in its own order anyway
        }
    },

    /** PostgreSQL: several groupings in one {@code GROUP BY GROUPING SETS}; whole periods read without index scans. */
    POSTGRESQL(true) {
        /**
         * A record export reads its whole period. By planned start through ix_non_delivery_start, PostgreSQL would
         * fetch the table a row at a time in index order — over a period of millions of rows, nearly three times
         * slower than reading the table in its own order and sorting (measured: BENCHMARKS.md (e)). Bitmap scans,
         * for a unit's short period, stay allowed. For the transaction only.
         */
        @Override
        void beforeWholePeriod(Connection c) throws SQLException {
            try (Statement st = c.createStatement()) {
                st.execute("SET LOCAL enable_indexscan = off");
            }
        }
    };

    private final boolean groupingSets;

    SqlDialect(boolean groupingSets) {
        this.groupingSets = groupingSets;
    }

    /** @return the dialect of the database behind {@code dataSource} */
    public static SqlDialect of(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return of(c.getMetaData());
        }
    }

    /** @return the dialect of the database {@code metaData} describes */
    static SqlDialect of(DatabaseMetaData metaData) throws SQLException {
        return ofProduct(metaData.getDatabaseProductName());
    }

    /** @return the dialect of a database product name as JDBC gives it */
    static SqlDialect ofProduct(String productName) {
        return "PostgreSQL".equals(productName) ? POSTGRESQL : H2;
    }

    /** @return whether one statement counts several groupings ({@code GROUP BY GROUPING SETS}) */
    boolean groupingSets() {
        return groupingSets;
    }

    /** Prepares the transaction on {@code c} for a statement that reads every row of a period. */
    abstract void beforeWholePeriod(Connection c) throws SQLException;
}
