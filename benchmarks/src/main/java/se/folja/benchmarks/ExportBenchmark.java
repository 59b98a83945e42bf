package se.folja.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.postgresql.PGConnection;

import se.folja.api.person.PersonalIdentityNumber;

/**
 * (e) The statistics export over a large municipality: clients with valid generated personnummer and a grant
 * each, and many non-deliveries, straight into PostgreSQL. The aggregate export beside the same answer by a
 * hand-written {@code GROUP BY GROUPING SETS}; the record export's throughput beside PostgreSQL's own
 * {@code COPY (query) TO STDOUT} of the same rows, with Karaf's heap sampled by {@code jstat} meanwhile.
 */
final class ExportBenchmark {

    static final long CLIENT_BASE = 40_000_000_000L;
    static final long ROW_BASE = 50_000_000_000L;

    private ExportBenchmark() {
    }

    static void run(Karaf karaf, String url, int warmUp, long rows, int clients, List<String> report) throws Exception {
        long started = System.nanoTime();
        generate(url, rows, clients);
        double loadSeconds = (System.nanoTime() - started) / 1e9;

        String aggregatePath = "/export/non-deliveries/aggregate?from=2026-01-01&to=2026-12-31&groupBy=month,reason";
        // each answer takes seconds: 90 s gives each side several
        Load.Result rest = Load.run("GET /export/non-deliveries/aggregate?groupBy=month,reason (2026)", 1, warmUp,
                90, (w, s) -> karaf.get(aggregatePath, "statistician").statusCode() == 200);
        String grouping = "SELECT planned_day / 100 AS month, reason_code, COUNT(*), COUNT(DISTINCT client_id)"
                + " FROM non_delivery WHERE status = 'ACTIVE' AND planned_day BETWEEN 20260101 AND 20261231"
                + " GROUP BY GROUPING SETS ((planned_day / 100, reason_code), (planned_day / 100), (reason_code), ())";
        ThreadLocal<Connection> connections = ThreadLocal.withInitial(() -> connect(url));
        Load.Result sql = Load.run("the same by hand-written SQL (GROUPING SETS)", 1, warmUp, 90,
                (w, s) -> {
                    try (Statement st = connections.get().createStatement(); ResultSet r = st.executeQuery(grouping)) {
                        int n = 0;
                        while (r.next()) {
                            n++;
                        }
                        return n > 0;
                    }
                });

        // The record export of every row and COPY of the same rows, twice each in turn (the machine drifts)
        String recordPath = "/export/non-deliveries?from=2025-01-01&to=2026-12-31&format=csv";
        String copy = "COPY (SELECT c.pin, c.birth_day, c.legal_gender, d.unit_code, d.intervention_type, d.reason_code,"
                + " d.initiator, d.planned_day, d.iso_week FROM non_delivery d JOIN client c ON c.id = d.client_id"
                + " WHERE d.status = 'ACTIVE' AND d.planned_day BETWEEN 20250101 AND 20261231"
                + " ORDER BY d.planned_start, d.id) TO STDOUT WITH (FORMAT csv)";
        List<String> recordRows = new java.util.ArrayList<>();
        double[] restRates = new double[2];
        double[] copyRates = new double[2];
        long peakKb = 0;
        for (int round = 0; round < 2; round++) {
            HeapSampler heap = new HeapSampler(karaf.pid());
            heap.start();
            long t0 = System.nanoTime();
            long[] csv = karaf.countLines(recordPath, "statistician");
            double restSeconds = (System.nanoTime() - t0) / 1e9;
            long roundPeakKb = heap.stop();
            peakKb = Math.max(peakKb, roundPeakKb);
            long exported = csv[0] - 10; // 9 metadata lines and the header
            restRates[round] = exported / restSeconds;
            recordRows.add(String.format("| GET /export/non-deliveries?format=csv (2025-2026), round %d | %,d | %.1f |"
                    + " %,.0f | %,.0f | %,d MB, GC %.1f s |", round + 1, exported, restSeconds, restRates[round],
                    csv[1] / 1e6, roundPeakKb / 1024, heap.gcSeconds()));
            long t1 = System.nanoTime();
            long copied = copyOut(url, copy);
            double copySeconds = (System.nanoTime() - t1) / 1e9;
            copyRates[round] = copied / copySeconds;
            recordRows.add(String.format("| COPY (the same rows) TO STDOUT, round %d | %,d | %.1f | %,.0f | | |",
                    round + 1, copied, copySeconds, copyRates[round]));
        }
        report.add("");
        report.add(String.format("(e) Statistics export over %,d generated non-deliveries of %,d generated clients"
                + " with a grant each (+ the demo's), loaded in %.0f s", rows, clients, loadSeconds));
        report.add("");
        Load.table(report, List.of(rest, sql));
        report.add(String.format("The aggregate at %.2f times the hand-written SQL's p50.",
                rest.percentileMillis(50) / sql.percentileMillis(50)));
        report.add("");
        report.add("| record export | rows | seconds | rows per second | MB | Karaf's heap: peak used, GC time |");
        report.add("|---|---|---|---|---|---|");
        recordRows.forEach(report::add);
        report.add("");
        report.add(String.format("The record export at %.2f and %.2f times COPY's rate in the same round (%.2f best"
                + " to best). Karaf's heap while it ran (jstat, every 200 ms, young + old used, garbage not yet"
                + " collected included; Karaf's -Xmx from bench.karaf.options): at most %,d MB.", restRates[0] / copyRates[0], restRates[1] / copyRates[1],
                Math.max(restRates[0], restRates[1]) / Math.max(copyRates[0], copyRates[1]), peakKb / 1024));
    }

    /** @return the lines PostgreSQL's COPY wrote, read by the driver's CopyManager and counted as they come */
    static long copyOut(String url, String copy) throws Exception {
        AtomicLong copied = new AtomicLong();
        try (Connection c = connect(url)) {
            c.unwrap(PGConnection.class).getCopyAPI().copyOut(copy, new OutputStream() {
                @Override
                public void write(int b) {
                    if (b == '\n') {
                        copied.incrementAndGet();
                    }
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    long lines = 0;
                    for (int i = off; i < off + len; i++) {
                        if (b[i] == '\n') {
                            lines++;
                        }
                    }
                    copied.addAndGet(lines);
                }
            });
        }
        return copied.get();
    }

    static Connection connect(String url) {
        try {
            return DriverManager.getConnection(url, "postgres", "postgres");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Clients with valid numbers (JDBC batches), a grant each, and the rows (one INSERT … SELECT per million). */
    static void generate(String url, long rows, int clients) throws Exception {
        try (Connection c = connect(url)) {
            c.setAutoCommit(false);
            try (PreparedStatement p = c.prepareStatement("INSERT INTO client (id, pin, birth_day, legal_gender)"
                    + " VALUES (?, ?, ?, ?)")) {
                for (int k = 0; k < clients; k++) {
                    LocalDate born = LocalDate.of(1940, 1, 1).plusDays(k % 24_000);
                    int serial = 100 + k / 24_000; // 100..: with the day, unique
                    String nine = born.toString().replace("-", "").substring(2) + serial;
                    String pin = born.getYear() / 100 + nine + PersonalIdentityNumber.checkDigit(nine);
                    p.setLong(1, CLIENT_BASE + k);
                    p.setString(2, pin);
                    p.setInt(3, Integer.parseInt(born.toString().replace("-", "")));
                    p.setString(4, (serial % 2 == 1) ? "MALE" : "FEMALE");
                    p.addBatch();
                    if (k % 5000 == 4999) {
                        p.executeBatch();
                    }
                }
                p.executeBatch();
            }
            c.commit();
            try (Statement s = c.createStatement()) {
                String units = "(SELECT array_agg(code ORDER BY code) FROM unit WHERE code LIKE 'BOSTOD_%')";
                s.executeUpdate("INSERT INTO grant_decision (id, client_id, unit_code, intervention_type,"
                        + " sessions_per_week, valid_from, valid_to, changed_by, changed_at, version)"
                        + " SELECT id, id, " + units + "[1 + (id % 5)], 'BOENDESTOD', 2 + (id % 3), 20250101, NULL,"
                        + " 'generator', 0, 1 FROM client WHERE id >= " + CLIENT_BASE);
                c.commit();
                // the schema's secondary indexes, built once after the rows as a bulk load would (the ones
                // behind constraints stay): kept up row by row, they made the load four times as long
                List<String> indexes = new java.util.ArrayList<>();
                try (ResultSet r = s.executeQuery("SELECT i.indexname, i.indexdef FROM pg_indexes i"
                        + " WHERE i.tablename = 'non_delivery' AND NOT EXISTS (SELECT 1 FROM pg_constraint k"
                        + " WHERE k.conindid = (quote_ident(i.schemaname) || '.' || quote_ident(i.indexname))::regclass)")) {
                    while (r.next()) {
                        indexes.add(r.getString(2));
                        try (Statement drop = c.createStatement()) {
                            drop.execute("DROP INDEX " + r.getString(1));
                        }
                    }
                }
                c.commit();
                long batch = 1_000_000;
                for (long first = 1; first <= rows; first += batch) {
                    long last = Math.min(rows, first + batch - 1);
                    s.executeUpdate("INSERT INTO non_delivery (id, journal_entry_id, client_id, unit_code,"
                            + " intervention_type, planned_start, planned_day, iso_week, reason_code, initiator,"
                            + " comment_text, status, annulment_reason, registered_by, registered_at, changed_by,"
                            + " changed_at, version)"
                            + " SELECT " + ROW_BASE + " + g, 'EXP-' || g, " + CLIENT_BASE + " + (g % " + clients + "),"
                            + " u.codes[1 + ((" + CLIENT_BASE + " + (g % " + clients + ")) % 5)], 'BOENDESTOD',"
                            + " (extract(epoch FROM (d.ts AT TIME ZONE 'Europe/Stockholm')) * 1000)::bigint,"
                            + " to_char(d.ts, 'YYYYMMDD')::int, to_char(d.ts, 'IYYYIW')::int,"
                            + " r.codes[1 + (g / 7) % 13], r.initiators[1 + (g / 7) % 13], NULL, 'ACTIVE', NULL,"
                            + " 'generator', 0, 'generator', 0, 1"
                            + " FROM generate_series(" + first + ", " + last + ") g"
                            + " CROSS JOIN (SELECT array_agg(code ORDER BY code) codes FROM unit"
                            + " WHERE code LIKE 'BOSTOD_%') u"
                            + " CROSS JOIN (SELECT array_agg(code ORDER BY code) codes, array_agg(initiator ORDER BY"
                            + " code) initiators FROM reason_code) r"
                            + " CROSS JOIN LATERAL (SELECT timestamp '2025-01-01 08:00' + ((g::bigint * 7919) % 730)"
                            + " * interval '1 day' + (g % 9) * interval '1 hour' ts) d");
                    c.commit();
                }
                for (String index : indexes) {
                    s.execute(index);
                    c.commit();
                }
                c.commit();
                // as long-lived tables are: vacuumed (hint bits and visibility map set) and analysed — else the
                // first scans write every page, and autovacuum starts in the middle of the measurements
                c.setAutoCommit(true);
                s.execute("VACUUM (ANALYZE) client");
                s.execute("VACUUM (ANALYZE) grant_decision");
                s.execute("VACUUM (ANALYZE) non_delivery");
                s.execute("CHECKPOINT");
            }
        }
    }


    /** Samples a JVM's used heap (young and old generations) with {@code jstat -gc} until stopped. */
    static final class HeapSampler {
        private final long pid;
        private Process jstat;
        private Thread reader;
        private volatile long peakKb;
        private volatile double firstGcSeconds = -1;
        private volatile double lastGcSeconds;

        HeapSampler(long pid) {
            this.pid = pid;
        }

        void start() throws IOException {
            jstat = new ProcessBuilder("jstat", "-gc", Long.toString(pid), "200").redirectErrorStream(true).start();
            reader = new Thread(() -> {
                try (BufferedReader lines = new BufferedReader(new InputStreamReader(jstat.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    String[] header = null;
                    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                        String[] cells = line.trim().split("\\s+");
                        if (cells.length > 0 && cells[0].equals("S0C")) {
                            header = cells;
                            continue;
                        }
                        if (header == null || cells.length != header.length) {
                            continue;
                        }
                        double used = 0;
                        for (int i = 0; i < header.length; i++) {
                            if (List.of("S0U", "S1U", "EU", "OU").contains(header[i])) {
                                used += Double.parseDouble(cells[i]);
                            }
                        }
                        peakKb = Math.max(peakKb, (long) used);
                        for (int i = 0; i < header.length; i++) {
                            if (header[i].equals("GCT")) {
                                double total = Double.parseDouble(cells[i]);
                                if (firstGcSeconds < 0) {
                                    firstGcSeconds = total;
                                }
                                lastGcSeconds = total;
                            }
                        }
                    }
                } catch (IOException | NumberFormatException e) {
                    // the sampler ends with jstat
                }
            }, "heap-sampler");
            reader.setDaemon(true);
            reader.start();
        }

        long stop() throws InterruptedException {
            jstat.destroy();
            reader.join(5000);
            return peakKb;
        }

        /** @return the seconds the JVM spent collecting garbage while sampled (after {@link #stop}) */
        double gcSeconds() {
            return firstGcSeconds < 0 ? 0 : lastGcSeconds - firstGcSeconds;
        }
    }
}
