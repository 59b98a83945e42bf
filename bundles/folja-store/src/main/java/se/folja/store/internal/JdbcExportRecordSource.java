package se.folja.store.internal;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.folja.api.IsoWeek;
import se.folja.api.export.Dimension;
import se.folja.store.internal.entity.Days;
import se.folja.store.spi.ExportRecordSource;

/**
 * The record exports' rows in plain JDBC: a read-only transaction with a fetch size, so that PostgreSQL reads
 * through a cursor and any number of rows needs the memory of one fetch. JPA would keep every entity it reads.
 */
@Component(service = ExportRecordSource.class)
public final class JdbcExportRecordSource implements ExportRecordSource {

    static final int FETCH_SIZE = 1000;
    /** The record export's rows a round trip: larger, as it reads every row of the period (about 2 MB). */
    static final int RECORD_FETCH_SIZE = 10_000;

    private final DataSource dataSource;

    /**
     * @param schema referenced only so that this component starts after the schema migration
     */
    @Activate
    public JdbcExportRecordSource(@Reference(target = "(osgi.jndi.service.name=folja)") DataSource dataSource,
            @Reference SchemaMigration schema) {
        this.dataSource = dataSource;
    }

    @Override
    public void nonDeliveries(Set<String> units, LocalDate from, LocalDate to, ClientConsumer clients,
            RowConsumer rows) throws IOException {
        // the clients of the period with their life areas, each client's lines together
        String clientSql = "SELECT c.id, c.pin, c.birth_day, c.legal_gender, la.life_area FROM client c"
                + " LEFT JOIN (SELECT DISTINCT a.client_id, n.life_area FROM " + JpaAssessmentStore.CURRENT_NEEDS
                + " WHERE " + JpaAssessmentStore.IN_FORCE.replace("?1", "?").replace("?2", "?")
                + " AND " + JpaAssessmentStore.COUNTED + ") la ON la.client_id = c.id"
                + " WHERE c.id IN (SELECT d.client_id FROM non_delivery d WHERE d.status = 'ACTIVE'"
                + " AND d.planned_day BETWEEN ? AND ?" + in("d.unit_code", units) + ") ORDER BY c.id";
        // the rows need no join: what they say of their client came with the clients
        String rowSql = "SELECT d.client_id, d.unit_code, d.intervention_type, d.reason_code, d.initiator,"
                + " d.planned_day, d.iso_week FROM non_delivery d WHERE d.status = 'ACTIVE'"
                + " AND d.planned_day BETWEEN ? AND ?" + in("d.unit_code", units) + " ORDER BY d.planned_start, d.id";
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            int isolation = c.getTransactionIsolation();
            // one snapshot for both statements: no row can name a client that the first did not read
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setReadOnly(true);
            try {
                try (PreparedStatement p = c.prepareStatement(clientSql)) {
                    int i = 1;
                    // IN_FORCE binds to, from, from in the order they appear
                    p.setInt(i++, Days.of(to));
                    p.setInt(i++, Days.of(from));
                    p.setInt(i++, Days.of(from));
                    p.setInt(i++, Days.of(from));
                    p.setInt(i++, Days.of(to));
                    for (String unit : units.stream().sorted().toList()) {
                        p.setString(i++, unit);
                    }
                    p.setFetchSize(RECORD_FETCH_SIZE);
                    readClients(p, clients);
                }
                if (postgres(c)) {
                    // A record export reads its whole period. By planned start through ix_non_delivery_start,
                    // PostgreSQL would fetch the table a row at a time in index order — over a period of millions
                    // of rows, nearly three times slower than reading the table in its own order and sorting (measured:
                    // BENCHMARKS.md (e)). Bitmap scans, for a unit's short period, stay allowed. For this
                    // transaction only.
                    try (Statement st = c.createStatement()) {
                        st.execute("SET LOCAL enable_indexscan = off");
                    }
                }
                try (PreparedStatement p = bind(c.prepareStatement(rowSql), from, to, units)) {
                    p.setFetchSize(RECORD_FETCH_SIZE);
                    new RowPump(p).run(rows);
                }
            } finally {
                c.rollback();
                c.setReadOnly(false);
                c.setTransactionIsolation(isolation);
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw DatabaseFailure.translated(e);
        }
    }

    /** One client per id from its lines (one per life area, or one with none). */
    private static void readClients(PreparedStatement p, ClientConsumer clients) throws SQLException {
        try (ResultSet r = p.executeQuery()) {
            long id = 0;
            String number = null;
            int birthDay = 0;
            String gender = null;
            List<String> areas = new ArrayList<>(4);
            while (r.next()) {
                long next = r.getLong(1);
                if (number != null && next != id) {
                    clients.accept(new ExportClient(id, number, birthDay, gender, List.copyOf(areas)));
                    areas.clear();
                }
                id = next;
                number = r.getString(2).trim();
                birthDay = r.getInt(3);
                gender = r.getString(4);
                String area = r.getString(5);
                if (area != null) {
                    areas.add(area);
                }
            }
            if (number != null) {
                clients.accept(new ExportClient(id, number, birthDay, gender, List.copyOf(areas)));
            }
        }
    }

    @Override
    public List<ReasonCount> reasonCounts(Set<String> units, LocalDate from, LocalDate to) {
        String where = " FROM non_delivery d WHERE d.status = 'ACTIVE' AND d.planned_day BETWEEN ? AND ?"
                + in("d.unit_code", units);
        List<ReasonCount> counts = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            for (String sql : List.of("SELECT d.reason_code, COUNT(*), COUNT(DISTINCT d.client_id)" + where
                    + " GROUP BY d.reason_code", "SELECT NULL, COUNT(*), COUNT(DISTINCT d.client_id)" + where)) {
                try (PreparedStatement p = bind(c.prepareStatement(sql), from, to, units);
                        ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        counts.add(new ReasonCount(r.getString(1), r.getLong(2), r.getLong(3)));
                    }
                }
            }
        } catch (SQLException e) {
            throw DatabaseFailure.translated(e);
        }
        return counts;
    }

    @Override
    public List<List<GroupCount>> groupingSets(Set<String> units, LocalDate from, LocalDate to,
            List<List<Dimension>> groupings) {
        Map<List<Dimension>, List<GroupCount>> counts = new HashMap<>();
        try (Connection c = dataSource.getConnection()) {
            boolean postgres = postgres(c);
            // with life areas a non-delivery is a row per area: a grouping without them reads without the join
            for (boolean lifeArea : new boolean[] {false, true}) {
                List<List<Dimension>> same = groupings.stream().distinct()
                        .filter(g -> g.contains(Dimension.LIFE_AREA) == lifeArea).toList();
                if (same.isEmpty()) {
                    continue;
                }
                if (postgres && same.size() > 1) {
                    counts.putAll(groupingSets(c, units, from, to, same));
                } else {
                    for (List<Dimension> grouping : same) {
                        counts.putAll(groupingSets(c, units, from, to, List.of(grouping)));
                    }
                }
            }
        } catch (SQLException e) {
            throw DatabaseFailure.translated(e);
        }
        List<List<GroupCount>> answer = new ArrayList<>(groupings.size());
        for (List<Dimension> grouping : groupings) {
            List<GroupCount> found = counts.get(grouping);
            // the total of no rows: SQL gives a row of zeros for a plain aggregate, none for a grouping set
            answer.add(found.isEmpty() && grouping.isEmpty() ? List.of(new GroupCount(List.of(), 0, 0)) : found);
        }
        return answer;
    }

    /** The counts of the non-deliveries for the groupings, in one statement. */
    private static Map<List<Dimension>, List<GroupCount>> groupingSets(Connection c, Set<String> units,
            LocalDate from, LocalDate to, List<List<Dimension>> groupings) throws SQLException {
        List<Dimension> all = groupings.stream().flatMap(List::stream).distinct().toList();
        List<Object> parameters = new ArrayList<>();
        StringBuilder from_ = new StringBuilder(" FROM non_delivery d");
        if (all.contains(Dimension.GENDER) || all.contains(Dimension.AGE_BAND)) {
            from_.append(" JOIN client c ON c.id = d.client_id");
        }
        if (all.contains(Dimension.LIFE_AREA)) {
            from_.append(" LEFT JOIN (SELECT DISTINCT a.client_id, n.life_area FROM ")
                    .append(JpaAssessmentStore.CURRENT_NEEDS).append(" WHERE ")
                    .append(JpaAssessmentStore.IN_FORCE.replace("?1", "?").replace("?2", "?")).append(" AND ")
                    .append(JpaAssessmentStore.COUNTED).append(") la ON la.client_id = d.client_id");
            parameters.add(Days.of(to));
            parameters.add(Days.of(from));
            parameters.add(Days.of(from));
        }
        from_.append(" WHERE d.status = 'ACTIVE' AND d.planned_day BETWEEN ? AND ?").append(in("d.unit_code", units));
        parameters.add(Days.of(from));
        parameters.add(Days.of(to));
        units.stream().sorted().forEach(parameters::add);
        Map<List<Dimension>, List<GroupCount>> counts = new HashMap<>();
        grouped(c, new Grouping(from_.toString(), parameters, List.of("COUNT(*)", "COUNT(DISTINCT d.client_id)"),
                JdbcExportRecordSource::expression), groupings).forEach((grouping, rows) -> counts.put(grouping,
                        rows.stream().map(r -> new GroupCount(r.keys(), r.measures()[0], r.measures()[1])).toList()));
        return counts;
    }

    /** A grouped statement: its {@code FROM … WHERE} and parameters, its measures, and each dimension's SQL. */
    private record Grouping(String from, List<Object> parameters, List<String> measures,
            Function<Dimension, String> expression) {
    }

    /** A row of one grouping: its keys as exports show them, and its measures. */
    private record Grouped(List<String> keys, long[] measures) {
    }

    /**
     * One statement for the groupings: a plain {@code GROUP BY} for one, {@code GROUPING SETS} for more, each row
     * told apart by {@code GROUPING()} — a bit per expression, set where the row's grouping lacks it.
     */
    private static Map<List<Dimension>, List<Grouped>> grouped(Connection c, Grouping source,
            List<List<Dimension>> groupings) throws SQLException {
        List<Dimension> all = groupings.stream().flatMap(List::stream).distinct().toList();
        List<String> expressions = all.stream().map(source.expression()).toList();
        boolean sets = groupings.size() > 1;
        StringBuilder select = new StringBuilder("SELECT ");
        expressions.forEach(e -> select.append(e).append(", "));
        select.append(String.join(", ", source.measures()));
        if (sets) {
            select.append(", GROUPING(").append(String.join(", ", expressions)).append(")");
        }
        select.append(source.from());
        if (sets) {
            select.append(" GROUP BY GROUPING SETS (").append(String.join(", ", groupings.stream()
                    .map(g -> "(" + String.join(", ", g.stream().map(source.expression()).toList()) + ")")
                    .toList())).append(")");
        } else if (!expressions.isEmpty()) {
            select.append(" GROUP BY ").append(String.join(", ", expressions));
        }
        Map<Integer, List<Dimension>> byMask = new HashMap<>();
        Map<List<Dimension>, List<Grouped>> rows = new HashMap<>();
        for (List<Dimension> grouping : groupings) {
            byMask.put(mask(all, grouping), grouping);
            rows.put(grouping, new ArrayList<>());
        }
        int measures = source.measures().size();
        try (PreparedStatement p = c.prepareStatement(select.toString())) {
            for (int i = 0; i < source.parameters().size(); i++) {
                p.setObject(i + 1, source.parameters().get(i));
            }
            p.setFetchSize(FETCH_SIZE);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    List<Dimension> grouping = sets ? byMask.get(r.getInt(all.size() + measures + 1))
                            : groupings.get(0);
                    List<String> keys = new ArrayList<>(grouping.size());
                    for (Dimension d : grouping) {
                        keys.add(key(d, r.getObject(all.indexOf(d) + 1)));
                    }
                    long[] values = new long[measures];
                    for (int m = 0; m < measures; m++) {
                        values[m] = r.getLong(all.size() + m + 1);
                    }
                    rows.get(grouping).add(new Grouped(keys, values));
                }
            }
        }
        return rows;
    }

    private static boolean postgres(Connection c) throws SQLException {
        return "PostgreSQL".equals(c.getMetaData().getDatabaseProductName());
    }

    /** @return what {@code GROUPING(all…)} answers for a row of the grouping: the first expression the top bit */
    static int mask(List<Dimension> all, List<Dimension> grouping) {
        int mask = 0;
        for (Dimension d : all) {
            mask = mask << 1 | (grouping.contains(d) ? 0 : 1);
        }
        return mask;
    }

    @Override
    public List<List<GrantCount>> grantSets(Set<String> units, LocalDate from, LocalDate to,
            List<List<Dimension>> groupings) {
        String weeks = weeks(from, to);
        List<Dimension> all = groupings.stream().flatMap(List::stream).distinct().toList();
        boolean client = all.contains(Dimension.GENDER) || all.contains(Dimension.AGE_BAND);
        List<Object> unitParameters = units.stream().sorted().map(u -> (Object) u).toList();

        // the sessions granted in each week whose Thursday lies in the period, by the grants valid on it
        Grouping granted = new Grouping(" FROM grant_decision g" + (client ? " JOIN client c ON c.id = g.client_id"
                : "") + " JOIN " + weeks + " ON w.counted = 1 AND g.valid_from <= w.thursday"
                + " AND (g.valid_to IS NULL OR g.valid_to >= w.thursday) WHERE g.status = 'ACTIVE'"
                + in("g.unit_code", units),
                unitParameters, List.of("SUM(g.sessions_per_week)"), d -> grantExpression(d, "g", "w.thursday",
                        "w.yearweek"));
        // a client-week is whole when its cancellations reach the sessions of the client's grants of that unit
        // and type valid on its Thursday
        List<Object> wholeParameters = new ArrayList<>(List.of(Days.of(from), Days.of(to)));
        wholeParameters.addAll(unitParameters);
        Grouping whole = new Grouping(" FROM (SELECT cw.client_id, cw.unit_code, cw.intervention_type, w.yearweek,"
                + " w.thursday FROM (SELECT d.client_id, d.unit_code, d.intervention_type, d.iso_week, COUNT(*) AS n"
                + " FROM non_delivery d WHERE d.status = 'ACTIVE' AND d.planned_day BETWEEN ? AND ?"
                + in("d.unit_code", units) + " GROUP BY d.client_id, d.unit_code, d.intervention_type, d.iso_week) cw"
                + " JOIN " + weeks + " ON w.yearweek = cw.iso_week JOIN grant_decision g ON g.client_id = cw.client_id"
                + " AND g.unit_code = cw.unit_code AND g.intervention_type = cw.intervention_type"
                + " AND g.valid_from <= w.thursday AND (g.valid_to IS NULL OR g.valid_to >= w.thursday)"
                + " AND g.status = 'ACTIVE'"
                + " GROUP BY cw.client_id, cw.unit_code, cw.intervention_type, w.yearweek, w.thursday, cw.n"
                + " HAVING cw.n >= SUM(g.sessions_per_week)) ww"
                + (client ? " JOIN client c ON c.id = ww.client_id" : ""), wholeParameters, List.of("COUNT(*)"),
                d -> grantExpression(d, "ww", "ww.thursday", "ww.yearweek"));

        List<List<Dimension>> distinct = groupings.stream().distinct().toList();
        Map<List<Dimension>, Map<List<String>, long[]>> sums = new HashMap<>();
        distinct.forEach(g -> sums.put(g, new java.util.LinkedHashMap<>()));
        try (Connection c = dataSource.getConnection()) {
            List<List<List<Dimension>>> statements = postgres(c) ? List.of(distinct)
                    : distinct.stream().map(List::of).toList();
            for (List<List<Dimension>> same : statements) {
                grouped(c, granted, same).forEach((g, rows) -> rows.forEach(r -> sums.get(g)
                        .computeIfAbsent(r.keys(), k -> new long[2])[0] += r.measures()[0]));
                grouped(c, whole, same).forEach((g, rows) -> rows.forEach(r -> sums.get(g)
                        .computeIfAbsent(r.keys(), k -> new long[2])[1] += r.measures()[0]));
            }
        } catch (SQLException e) {
            throw DatabaseFailure.translated(e);
        }
        // a total over nothing is a row of zeros on one database and no row on the other: leave zeros out
        return groupings.stream().map(g -> sums.get(g).entrySet().stream()
                .filter(e -> e.getValue()[0] != 0 || e.getValue()[1] != 0)
                .map(e -> new GrantCount(e.getKey(), e.getValue()[0], e.getValue()[1])).toList()).toList();
    }

    @Override
    public List<GrantedClients> grantedClients(Set<String> units, LocalDate from, LocalDate to) {
        String sql = "SELECT c.legal_gender, COUNT(DISTINCT g.client_id), SUM(g.sessions_per_week)"
                + " FROM grant_decision g JOIN client c ON c.id = g.client_id JOIN " + weeks(from, to)
                + " ON w.counted = 1 AND g.valid_from <= w.thursday AND (g.valid_to IS NULL OR g.valid_to >= w.thursday)"
                + " WHERE g.status = 'ACTIVE'" + in("g.unit_code", units) + " GROUP BY c.legal_gender";
        List<GrantedClients> answer = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement p = c.prepareStatement(sql)) {
            int i = 1;
            for (String unit : units.stream().sorted().toList()) {
                p.setString(i++, unit);
            }
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    answer.add(new GrantedClients(r.getString(1), r.getLong(2), r.getLong(3)));
                }
            }
        } catch (SQLException e) {
            throw DatabaseFailure.translated(e);
        }
        return answer;
    }

    /**
     * @return every ISO week the period touches as a derived table {@code w (yearweek, thursday, counted)}: its
     *     yyyyww, its Thursday as yyyymmdd, and 1 if the Thursday lies in the period (numbers of our own making,
     *     written into the statement)
     */
    private static String weeks(LocalDate from, LocalDate to) {
        StringBuilder weeks = new StringBuilder("(VALUES ");
        for (IsoWeek week = IsoWeek.of(from); week.compareTo(IsoWeek.of(to)) <= 0; week = week.next()) {
            LocalDate thursday = week.monday().with(DayOfWeek.THURSDAY);
            weeks.append(week.compareTo(IsoWeek.of(from)) == 0 ? "" : ", ").append('(').append(week.yearWeek())
                    .append(", ").append(Days.of(thursday)).append(", ")
                    .append(thursday.isBefore(from) || thursday.isAfter(to) ? 0 : 1).append(')');
        }
        return weeks.append(") w (yearweek, thursday, counted)").toString();
    }

    /** The SQL of a dimension of grants: over the table alias's unit and type, the client {@code c} and the week. */
    private static String grantExpression(Dimension dimension, String alias, String thursday, String yearWeek) {
        return switch (dimension) {
            case WEEK -> yearWeek;
            case MONTH -> thursday + " / 100";
            case UNIT -> alias + ".unit_code";
            case INTERVENTION_TYPE -> alias + ".intervention_type";
            case GENDER -> "c.legal_gender";
            case AGE_BAND -> ageBand(thursday);
            default -> throw new IllegalArgumentException(dimension + " is not a dimension of grants");
        };
    }

    /** The SQL of a dimension over {@code non_delivery d}, {@code client c} and the life areas {@code la}. */
    static String expression(Dimension dimension) {
        return switch (dimension) {
            case WEEK -> "d.iso_week";
            case MONTH -> "d.planned_day / 100";
            case UNIT -> "d.unit_code";
            case REASON -> "d.reason_code";
            case INITIATOR -> "d.initiator";
            case INTERVENTION_TYPE -> "d.intervention_type";
            case GENDER -> "c.legal_gender";
            // whole years between two yyyymmdd numbers: the age on the day
            case AGE_BAND -> ageBand("d.planned_day");
            case LIFE_AREA -> "COALESCE(la.life_area, 'NONE')";
        };
    }

    /** Whole years between two yyyymmdd numbers — the age on the day — as an age band. */
    private static String ageBand(String day) {
        String age = "(" + day + " - c.birth_day) / 10000";
        return "CASE WHEN " + age + " < 18 THEN '0-17' WHEN " + age + " < 25 THEN '18-24' WHEN " + age
                + " < 35 THEN '25-34' WHEN " + age + " < 45 THEN '35-44' WHEN " + age + " < 55 THEN '45-54' WHEN "
                + age + " < 65 THEN '55-64' WHEN " + age + " < 80 THEN '65-79' ELSE '80+' END";
    }

    /** @return the key as exports show it: weeks as {@code 2026-W36}, months as {@code 2026-09} */
    static String key(Dimension dimension, Object value) {
        return switch (dimension) {
            case WEEK -> IsoWeek.ofYearWeek(((Number) value).intValue()).toString();
            case MONTH -> {
                int month = ((Number) value).intValue();
                yield String.format("%04d-%02d", month / 100, month % 100);
            }
            default -> value.toString().trim();
        };
    }

    private static String in(String column, Set<String> units) {
        return units.isEmpty() ? "" : " AND " + column + " IN (" + String.join(", ", units.stream().map(u -> "?")
                .toList()) + ")";
    }

    private static PreparedStatement bind(PreparedStatement p, LocalDate from, LocalDate to, Set<String> units)
            throws SQLException {
        p.setInt(1, Days.of(from));
        p.setInt(2, Days.of(to));
        int i = 3;
        for (String unit : units.stream().sorted().toList()) {
            p.setString(i++, unit);
        }
        return p;
    }

    /**
     * Reads the rows on a thread of its own while the caller writes them: the database makes and sends the next
     * fetch, and the driver decodes it, while the export formats the last. In one thread each would wait for the
     * other (a record export of millions of rows went at half the speed). Rows cross in batches through a short
     * queue, so memory stays that of a few fetches; the reader ends, and closes its cursor, before the statement is
     * closed — also when the writer stops or fails. No thread is interrupted (H2 closes its file on an interrupt).
     */
    static final class RowPump {

        static final int BATCH = 1000;
        private static final Object END = new Object();

        private final PreparedStatement statement;
        private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(8);
        private volatile boolean stopped;

        RowPump(PreparedStatement statement) {
            this.statement = statement;
        }

        void run(RowConsumer rows) throws IOException, SQLException {
            Thread reader = new Thread(this::read, "folja-export-rows");
            reader.setDaemon(true);
            reader.start();
            try {
                while (true) {
                    Object next = queue.take();
                    if (next == END) {
                        return;
                    }
                    if (next instanceof SQLException e) {
                        throw e;
                    }
                    if (next instanceof RuntimeException e) {
                        throw e;
                    }
                    if (next instanceof Error e) {
                        throw e;
                    }
                    for (NonDeliveryRow row : asRows(next)) {
                        if (!rows.accept(row)) {
                            return;
                        }
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("the export was interrupted", e);
            } finally {
                stopped = true;
                queue.clear();
                joinUninterruptibly(reader);
            }
        }

        private void read() {
            try (ResultSet r = statement.executeQuery()) {
                List<NonDeliveryRow> batch = new ArrayList<>(BATCH);
                while (!stopped && r.next()) {
                    batch.add(new NonDeliveryRow(r.getLong(1), r.getString(2), r.getString(3), r.getString(4),
                            r.getString(5), r.getInt(6), r.getInt(7)));
                    if (batch.size() == BATCH) {
                        hand(batch);
                        batch = new ArrayList<>(BATCH);
                    }
                }
                hand(batch);
                hand(END);
            } catch (SQLException | RuntimeException | Error e) {
                hand(e);
            }
        }

        /** Waits for room, unless the writer has stopped. */
        private void hand(Object item) {
            try {
                while (!stopped && !queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                    // the writer is behind: wait
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @SuppressWarnings("unchecked")
        private static List<NonDeliveryRow> asRows(Object batch) {
            return (List<NonDeliveryRow>) batch;
        }

        private static void joinUninterruptibly(Thread reader) {
            boolean interrupted = false;
            while (reader.isAlive()) {
                try {
                    reader.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
