package se.folja.store.internal.export;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import se.folja.api.UnitScope;
import se.folja.api.export.Dimension;
import se.folja.store.spi.ExportRecordSource.GroupCount;

/**
 * The aggregate's counts: non-deliveries and distinct clients per grouping, one statement per kind of grouping on
 * PostgreSQL ({@code GROUPING SETS}), one per grouping on H2.
 */
public final class NonDeliveryGroupingsQuery {

    private NonDeliveryGroupingsQuery() {
    }

    /** As {@link se.folja.store.spi.ExportRecordSource#groupingSets}, for some units or every unit. */
    public static List<List<GroupCount>> read(Connection c, SqlDialect dialect, UnitScope units, LocalDate from,
            LocalDate to, List<List<Dimension>> groupings) throws SQLException {
        Map<List<Dimension>, List<GroupCount>> counts = new HashMap<>();
        // with life areas a non-delivery is a row per area: a grouping without them reads without the join
        for (boolean lifeArea : new boolean[] {false, true}) {
            List<List<Dimension>> same = groupings.stream().distinct()
                    .filter(g -> g.contains(Dimension.LIFE_AREA) == lifeArea).toList();
            if (same.isEmpty()) {
                continue;
            }
            if (dialect.groupingSets() && same.size() > 1) {
                counts.putAll(read(c, units, from, to, same));
            } else {
                for (List<Dimension> grouping : same) {
                    counts.putAll(read(c, units, from, to, List.of(grouping)));
                }
            }
        }
        return inOrder(groupings, counts);
    }

    /** @return the counts of no unit: no line, but the total's line of zeros */
    public static List<List<GroupCount>> none(List<List<Dimension>> groupings) {
        return inOrder(groupings, new HashMap<>());
    }

    private static List<List<GroupCount>> inOrder(List<List<Dimension>> groupings,
            Map<List<Dimension>, List<GroupCount>> counts) {
        List<List<GroupCount>> answer = new ArrayList<>(groupings.size());
        for (List<Dimension> grouping : groupings) {
            List<GroupCount> found = counts.getOrDefault(grouping, List.of());
            // the total of no rows: SQL gives a row of zeros for a plain aggregate, none for a grouping set
            answer.add(found.isEmpty() && grouping.isEmpty() ? List.of(new GroupCount(List.of(), 0, 0)) : found);
        }
        return answer;
    }

    /** The counts of the non-deliveries for the groupings, in one statement. */
    private static Map<List<Dimension>, List<GroupCount>> read(Connection c, UnitScope units, LocalDate from,
            LocalDate to, List<List<Dimension>> groupings) throws SQLException {
        List<Dimension> all = groupings.stream().flatMap(List::stream).distinct().toList();
        Sql source = Sql.of(" FROM non_delivery d");
        if (all.contains(Dimension.GENDER) || all.contains(Dimension.AGE_BAND)) {
            source.append(" JOIN client c ON c.id = d.client_id");
        }
        if (all.contains(Dimension.LIFE_AREA)) {
            source.append(" LEFT JOIN ").append(ExportSql.lifeAreasInForce(from, to))
                    .append(" ON la.client_id = d.client_id");
        }
        source.append(" WHERE ").append(ExportSql.activeNonDeliveries(from, to, units));
        Map<List<Dimension>, List<GroupCount>> counts = new HashMap<>();
        new GroupedStatement(source, List.of("COUNT(*)", "COUNT(DISTINCT d.client_id)"), DimensionSql::ofNonDelivery)
                .read(c, groupings).forEach((grouping, rows) -> counts.put(grouping, rows.stream()
                        .map(r -> new GroupCount(r.keys(), r.measures()[0], r.measures()[1])).toList()));
        return counts;
    }
}
