package se.folja.store.internal.export;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.folja.api.UnitScope;
import se.folja.api.export.Dimension;
import se.folja.store.spi.ExportRecordSource.GrantCount;

/**
 * The aggregate's grant counts: sessions granted in the weeks whose Thursday lies in the period, and whole
 * client-weeks cancelled, per grouping — grouped as {@link NonDeliveryGroupingsQuery} groups.
 */
public final class GrantSetsQuery {

    private GrantSetsQuery() {
    }

    /** As {@link se.folja.store.spi.ExportRecordSource#grantSets}, for some units or every unit. */
    public static List<List<GrantCount>> read(Connection c, SqlDialect dialect, UnitScope units, LocalDate from,
            LocalDate to, List<List<Dimension>> groupings) throws SQLException {
        String weeks = ExportSql.weeks(from, to);
        List<Dimension> all = groupings.stream().flatMap(List::stream).distinct().toList();
        boolean client = all.contains(Dimension.GENDER) || all.contains(Dimension.AGE_BAND);

        // the sessions granted in each week whose Thursday lies in the period, by the grants valid on it
        GroupedStatement granted = new GroupedStatement(Sql.of(" FROM grant_decision g"
                + (client ? " JOIN client c ON c.id = g.client_id" : "") + " JOIN " + weeks
                + " ON w.counted = 1 AND g.valid_from <= w.thursday"
                + " AND (g.valid_to IS NULL OR g.valid_to >= w.thursday) WHERE g.status = 'ACTIVE'")
                .append(ExportSql.unitIn("g.unit_code", units)),
                List.of("SUM(g.sessions_per_week)"), d -> DimensionSql.ofGrant(d, "g", "w.thursday", "w.yearweek"));
        // a client-week is whole when its cancellations reach the sessions of the client's grants of that unit
        // and type valid on its Thursday
        GroupedStatement whole = new GroupedStatement(Sql.of(" FROM (SELECT cw.client_id, cw.unit_code,"
                + " cw.intervention_type, w.yearweek, w.thursday FROM (SELECT d.client_id, d.unit_code,"
                + " d.intervention_type, d.iso_week, COUNT(*) AS n FROM non_delivery d WHERE ")
                .append(ExportSql.activeNonDeliveries(from, to, units))
                .append(" GROUP BY d.client_id, d.unit_code, d.intervention_type, d.iso_week) cw"
                        + " JOIN " + weeks + " ON w.yearweek = cw.iso_week JOIN grant_decision g"
                        + " ON g.client_id = cw.client_id"
                        + " AND g.unit_code = cw.unit_code AND g.intervention_type = cw.intervention_type"
                        + " AND g.valid_from <= w.thursday AND (g.valid_to IS NULL OR g.valid_to >= w.thursday)"
                        + " AND g.status = 'ACTIVE'"
                        + " GROUP BY cw.client_id, cw.unit_code, cw.intervention_type, w.yearweek, w.thursday, cw.n"
                        + " HAVING cw.n >= SUM(g.sessions_per_week)) ww"
                        + (client ? " JOIN client c ON c.id = ww.client_id" : "")),
                List.of("COUNT(*)"), d -> DimensionSql.ofGrant(d, "ww", "ww.thursday", "ww.yearweek"));

        List<List<Dimension>> distinct = groupings.stream().distinct().toList();
        Map<List<Dimension>, Map<List<String>, long[]>> sums = new HashMap<>();
        distinct.forEach(g -> sums.put(g, new LinkedHashMap<>()));
        List<List<List<Dimension>>> statements = dialect.groupingSets() ? List.of(distinct)
                : distinct.stream().map(List::of).toList();
        for (List<List<Dimension>> same : statements) {
            granted.read(c, same).forEach((g, rows) -> rows.forEach(r -> sums.get(g)
                    .computeIfAbsent(r.keys(), k -> new long[2])[0] += r.measures()[0]));
            whole.read(c, same).forEach((g, rows) -> rows.forEach(r -> sums.get(g)
                    .computeIfAbsent(r.keys(), k -> new long[2])[1] += r.measures()[0]));
        }
        // a total over nothing is a row of zeros on one database and no row on the other: leave zeros out
        return groupings.stream().map(g -> sums.get(g).entrySet().stream()
                .filter(e -> e.getValue()[0] != 0 || e.getValue()[1] != 0)
                .map(e -> new GrantCount(e.getKey(), e.getValue()[0], e.getValue()[1])).toList()).toList();
    }
}
