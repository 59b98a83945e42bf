package se.folja.export.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import se.folja.api.IsoWeek;
import se.folja.api.export.AggregateRow;
import se.folja.api.export.Cell;
import se.folja.api.export.Dimension;
import se.folja.api.nondelivery.Grant;
import se.folja.api.person.PersonalIdentityNumber;
import se.folja.api.store.ExportRecordSource;
import se.folja.api.store.ExportRecordSource.GroupCount;

/**
 * The non-delivery aggregate: cells by every dimension (rows: all but the last; columns: the last), totals per
 * row, per column and in all, suppression on the clients, and — when grants know every dimension — granted
 * sessions, rates and whole weeks. A week belongs to the period, and to a month, by its Thursday (ISO's rule).
 */
final class Aggregation {

    private final List<Dimension> dimensions;
    private final boolean withGrants;
    private final Map<List<String>, long[]> granted = new HashMap<>();
    private final Map<List<String>, long[]> wholeWeeks = new HashMap<>();
    private final Map<String, List<Grant>> grantsByClient = new HashMap<>();

    Aggregation(List<Dimension> dimensions) {
        this.dimensions = List.copyOf(dimensions);
        this.withGrants = dimensions.stream().allMatch(Dimension::ofGrants);
    }

    boolean withGrants() {
        return withGrants;
    }

    /** Adds the sessions of the grants valid on each Thursday of the period, under every grouping. */
    void addGrants(List<Grant> grants, LocalDate from, LocalDate to) {
        for (Grant grant : grants) {
            for (IsoWeek week = IsoWeek.of(from); week.compareTo(IsoWeek.of(to)) <= 0; week = week.next()) {
                LocalDate thursday = week.monday().with(DayOfWeek.THURSDAY);
                if (!thursday.isBefore(from) && !thursday.isAfter(to) && grant.validOn(thursday)) {
                    addUnderEveryGrouping(granted, keys(week, thursday, grant.unit(), grant.interventionType(),
                            grant.client()), grant.sessionsPerWeek());
                }
            }
        }
    }

    /** Indexes the grants by client, for {@link #addClientWeek}. */
    void indexGrants(List<Grant> grants) {
        for (Grant grant : grants) {
            grantsByClient.computeIfAbsent(grant.client().digits(), k -> new ArrayList<>(2)).add(grant);
        }
    }

    /** Counts a client-week as whole if its cancellations reach the sessions granted that week (on its Thursday). */
    void addClientWeek(ExportRecordSource.ClientWeek w) {
        IsoWeek week = IsoWeek.ofYearWeek(w.isoWeek());
        LocalDate thursday = week.monday().with(DayOfWeek.THURSDAY);
        long sessions = 0;
        for (Grant grant : grantsByClient.getOrDefault(w.clientNumber(), List.of())) {
            if (grant.unit().equals(w.unit()) && grant.interventionType().equals(w.interventionType())
                    && grant.validOn(thursday)) {
                sessions += grant.sessionsPerWeek();
            }
        }
        if (sessions > 0 && w.cancellations() >= sessions) {
            addUnderEveryGrouping(wholeWeeks, keys(week, thursday, w.unit(), w.interventionType(),
                    PersonalIdentityNumber.ofDigits(w.clientNumber())), 1);
        }
    }

    /** @return the key of each dimension for a grant-week or client-week */
    private List<String> keys(IsoWeek week, LocalDate thursday, String unit, String type,
            PersonalIdentityNumber client) {
        List<String> keys = new ArrayList<>(dimensions.size());
        for (Dimension d : dimensions) {
            keys.add(switch (d) {
                case WEEK -> week.toString();
                case MONTH -> String.format("%04d-%02d", thursday.getYear(), thursday.getMonthValue());
                case UNIT -> unit;
                case INTERVENTION_TYPE -> type;
                case GENDER -> client.legalGender().name();
                case AGE_BAND -> AgeBands.of(client.birthDate(), thursday);
                default -> throw new IllegalStateException(d + " is not a dimension of grants");
            });
        }
        return keys;
    }

    /** Adds under the cell's keys, its row total, its column total and the grand total. */
    private void addUnderEveryGrouping(Map<List<String>, long[]> sums, List<String> keys, long amount) {
        int last = keys.size() - 1;
        List<String> rowTotal = new ArrayList<>(keys.subList(0, last));
        rowTotal.add(Cell.TOTAL);
        List<String> columnTotal = new ArrayList<>(Collections.nCopies(last, Cell.TOTAL));
        columnTotal.add(keys.get(last));
        // with one dimension the row total is the grand total and the column total the cell: each once
        Set<List<String>> groupings = new LinkedHashSet<>(List.of(List.copyOf(keys), List.copyOf(rowTotal),
                List.copyOf(columnTotal), Collections.nCopies(keys.size(), Cell.TOTAL)));
        for (List<String> key : groupings) {
            sums.computeIfAbsent(List.copyOf(key), k -> new long[1])[0] += amount;
        }
    }

    /**
     * @param cells the counts by every dimension
     * @param rowTotals by every dimension but the last
     * @param columnTotals by the last
     * @param grand in all
     * @return cells row by row, each row's total last, then the column totals and the grand total
     */
    List<AggregateRow> rows(List<GroupCount> cells, List<GroupCount> rowTotals, List<GroupCount> columnTotals,
            GroupCount grand, int k) {
        int last = dimensions.size() - 1;
        TreeSet<List<String>> rowKeys = new TreeSet<>(Aggregation::compare);
        TreeSet<String> columnKeys = new TreeSet<>();
        Map<List<String>, GroupCount> byKey = new HashMap<>();
        for (GroupCount c : cells) {
            rowKeys.add(c.keys().subList(0, last));
            columnKeys.add(c.keys().get(last));
            byKey.put(c.keys(), c);
        }
        Map<List<String>, GroupCount> rowTotal = new HashMap<>();
        rowTotals.forEach(c -> rowTotal.put(c.keys(), c));
        Map<String, GroupCount> columnTotal = new HashMap<>();
        columnTotals.forEach(c -> columnTotal.put(c.keys().get(0), c));
        List<List<String>> rowList = new ArrayList<>(rowKeys);
        List<String> columnList = new ArrayList<>(columnKeys);

        long[][] clients = new long[rowList.size()][columnList.size()];
        long[] rowClients = new long[rowList.size()];
        long[] columnClients = new long[columnList.size()];
        for (int r = 0; r < rowList.size(); r++) {
            for (int c = 0; c < columnList.size(); c++) {
                clients[r][c] = clientsOf(byKey.get(join(rowList.get(r), columnList.get(c))));
            }
            rowClients[r] = last == 0 ? grand.clients() : clientsOf(rowTotal.get(rowList.get(r)));
        }
        for (int c = 0; c < columnList.size(); c++) {
            columnClients[c] = clientsOf(columnTotal.get(columnList.get(c)));
        }
        Suppression s = Suppression.of(clients, rowClients, columnClients, grand.clients(), k);

        List<AggregateRow> rows = new ArrayList<>();
        for (int r = 0; r < rowList.size(); r++) {
            for (int c = 0; c < columnList.size(); c++) {
                List<String> keys = join(rowList.get(r), columnList.get(c));
                rows.add(row(keys, byKey.get(keys), s.cell[r][c]));
            }
            GroupCount total = last == 0 ? grand : rowTotal.get(rowList.get(r));
            rows.add(row(join(rowList.get(r), Cell.TOTAL), total, s.row[r] || last == 0 && s.grand));
        }
        if (last == 0) {
            // one dimension: the cells are the column totals, and the row's total is the grand total
            if (rowList.isEmpty()) {
                rows.add(row(List.of(Cell.TOTAL), grand, s.grand));
            }
            return rows;
        }
        for (int c = 0; c < columnList.size(); c++) {
            List<String> keys = new ArrayList<>(Collections.nCopies(last, Cell.TOTAL));
            keys.add(columnList.get(c));
            rows.add(row(keys, columnTotal.get(columnList.get(c)), s.column[c]));
        }
        rows.add(row(Collections.nCopies(last + 1, Cell.TOTAL), grand, s.grand));
        return rows;
    }

    private AggregateRow row(List<String> keys, GroupCount count, boolean suppressed) {
        if (suppressed) {
            return new AggregateRow(keys, null, null, null, null, null, true);
        }
        long nonDeliveries = count == null ? 0 : count.nonDeliveries();
        long clients = count == null ? 0 : count.clients();
        if (!withGrants) {
            return new AggregateRow(keys, nonDeliveries, clients, null, null, null, false);
        }
        long sessions = granted.getOrDefault(keys, new long[1])[0];
        return new AggregateRow(keys, nonDeliveries, clients, sessions,
                sessions == 0 ? null : Math.round(10_000.0 * nonDeliveries / sessions) / 10_000.0,
                wholeWeeks.getOrDefault(keys, new long[1])[0], false);
    }

    private static long clientsOf(GroupCount count) {
        return count == null ? 0 : count.clients();
    }

    private static List<String> join(List<String> row, String column) {
        List<String> keys = new ArrayList<>(row);
        keys.add(column);
        return List.copyOf(keys);
    }

    private static int compare(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
