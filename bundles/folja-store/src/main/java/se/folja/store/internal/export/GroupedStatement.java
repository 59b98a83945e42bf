package se.folja.store.internal.export;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import se.folja.api.export.Dimension;

/**
 * A grouped count over a {@code FROM … WHERE} of its own: one statement for several groupings — a plain
 * {@code GROUP BY} for one, {@code GROUPING SETS} for more, each row told apart by {@code GROUPING()} (a bit per
 * expression, set where the row's grouping lacks it).
 *
 * @param from the statement's {@code FROM … WHERE}, with its parameters
 * @param measures the aggregates each row counts
 * @param expression each dimension's SQL over the tables of {@code from}
 */
record GroupedStatement(Sql from, List<String> measures, Function<Dimension, String> expression) {

    static final int FETCH_SIZE = 1000;

    /** A row of one grouping: its keys as exports show them, and its measures. */
    record Grouped(List<String> keys, long[] measures) {
    }

    /** @return per grouping, its rows, counted by one statement */
    Map<List<Dimension>, List<Grouped>> read(Connection c, List<List<Dimension>> groupings) throws SQLException {
        List<Dimension> all = groupings.stream().flatMap(List::stream).distinct().toList();
        List<String> expressions = all.stream().map(expression).toList();
        boolean sets = groupings.size() > 1;
        StringBuilder select = new StringBuilder("SELECT ");
        expressions.forEach(e -> select.append(e).append(", "));
        select.append(String.join(", ", measures));
        if (sets) {
            select.append(", GROUPING(").append(String.join(", ", expressions)).append(")");
        }
        Sql statement = Sql.of(select.toString()).append(from);
        if (sets) {
            statement.append(" GROUP BY GROUPING SETS (" + String.join(", ", groupings.stream()
                    .map(g -> "(" + String.join(", ", g.stream().map(expression).toList()) + ")").toList()) + ")");
        } else if (!expressions.isEmpty()) {
            statement.append(" GROUP BY " + String.join(", ", expressions));
        }
        Map<Integer, List<Dimension>> byMask = new HashMap<>();
        Map<List<Dimension>, List<Grouped>> rows = new HashMap<>();
        for (List<Dimension> grouping : groupings) {
            byMask.put(mask(all, grouping), grouping);
            rows.put(grouping, new ArrayList<>());
        }
        int n = measures.size();
        try (PreparedStatement p = statement.prepare(c)) {
            p.setFetchSize(FETCH_SIZE);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    List<Dimension> grouping = sets ? byMask.get(r.getInt(all.size() + n + 1)) : groupings.get(0);
                    List<String> keys = new ArrayList<>(grouping.size());
                    for (Dimension d : grouping) {
                        keys.add(DimensionSql.key(d, r.getObject(all.indexOf(d) + 1)));
                    }
                    long[] values = new long[n];
                    for (int m = 0; m < n; m++) {
                        values[m] = r.getLong(all.size() + m + 1);
                    }
                    rows.get(grouping).add(new Grouped(keys, values));
                }
            }
        }
        return rows;
    }

    /** @return what {@code GROUPING(all…)} answers for a row of the grouping: the first expression the top bit */
    static int mask(List<Dimension> all, List<Dimension> grouping) {
        int mask = 0;
        for (Dimension d : all) {
            mask = mask << 1 | (grouping.contains(d) ? 0 : 1);
        }
        return mask;
    }
}
