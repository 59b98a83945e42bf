package se.folja.benchmarks;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import se.folja.api.person.PersonalIdentityNumber;

/**
 * Starts PostgreSQL and the demo assembly on it, then measures (a) the dropdown beside a static file, (b)
 * registrations over REST beside plain JDBC inserts of the same rows (and on H2, with H2's write delay and with
 * {@code WRITE_DELAY=0} as shipped), (c) searches over a large table beside the
 * same SQL by hand, (d) IBIC batch mapping and the life-areas-by-unit query beside hand-written SQL, and (e) the
 * statistics export beside GROUPING SETS and COPY, and (g) follow-up response submission beside plain JDBC and the
 * follow-up exports over a million responses beside hand-written SQL. Prints the
 * tables of BENCHMARKS.md.
 *
 * <p>System properties: {@code bench.workers} (8), {@code bench.seconds} (20), {@code bench.rows} (10,000,000),
 * {@code bench.only} (the figures to measure, {@code abcdeg}), {@code bench.clients} (the generated clients of (d),
 * 100,000), {@code bench.exportRows} and {@code bench.exportClients} (the generated municipality of (e), 10,000,000
 * and 200,000), {@code bench.karaf.options} (extra JVM options for
 * Karaf, e.g. a flight recording), {@code bench.rate} (the open-loop rate of (a), 1,000 a second),
 * {@code bench.hold} (keep running afterwards).
 */
public final class Benchmarks {

    private static final String[] REASONS = {"BORTREST", "MAENDE", "ANNAN_FORMELL_AKTIVITET", "PERSONALBRIST"};
    private static final String[] STAFF_UNITS = {"BOSTOD_NORR", "BOSTOD_SODER", "BOSTOD_CENTRUM"};
    /** Seconds of the same load before each figure, so that the JIT has compiled the path it measures. */
    private static final int WARM_UP = Integer.getInteger("bench.warmup", 20);

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        int workers = Integer.getInteger("bench.workers", 8);
        int seconds = Integer.getInteger("bench.seconds", 20);
        long rows = Long.getLong("bench.rows", 10_000_000L);
        String only = System.getProperty("bench.only", "abcdeg");
        int clients = Integer.getInteger("bench.clients", 100_000);
        Path assembly = Path.of(System.getProperty("folja.assembly"));
        List<String> report = new ArrayList<>();
        report.add("Run " + Instant.now() + ", " + Runtime.getRuntime().availableProcessors() + " processors, Java "
                + System.getProperty("java.version") + ", " + workers + " workers, " + seconds + " s per figure");
        // terse: the server's log must not quote key values (see docs/configuration.md)
        // max_wal_size 8 GB: loading (c) and (e) then waits on no checkpoint. shared_buffers stays PostgreSQL's 128 MB
        // unless bench.pg.sharedBuffers says otherwise (with 2 GB, both baselines of (e) ran slower)
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setServerConfig("log_error_verbosity", "terse")
                .setServerConfig("max_wal_size", "8GB");
        if (System.getProperty("bench.pg.sharedBuffers") != null) {
            builder.setServerConfig("shared_buffers", System.getProperty("bench.pg.sharedBuffers"));
        }
        try (EmbeddedPostgres postgres = builder.start()) {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            try (Karaf karaf = new Karaf(assembly, Path.of(System.getProperty("folja.examples")),
                    Path.of(System.getProperty("bench.home")).toAbsolutePath(), url)) {
                karaf.start();
                karaf.await("/reason-codes", "staff", "BORTREST", Duration.ofMinutes(3));
                karaf.await("/non-deliveries?from=2026-09-01&to=2026-10-31&limit=1", "admin", "\"total\":140",
                        Duration.ofMinutes(3));
                if (only.contains("a")) {
                    dropdown(karaf, workers, seconds, report);
                }
                if (only.contains("b")) {
                    registrations(karaf, url, workers, seconds, report);
                    registrationsOnH2(assembly, karaf.home, workers, seconds, report);
                }
                if (only.contains("c")) {
                    searches(karaf, url, workers, seconds, rows, report);
                }
                if (only.contains("d")) {
                    IbicBenchmark.run(karaf, url, workers, seconds, WARM_UP, clients, report);
                }
                if (only.contains("e")) {
                    ExportBenchmark.run(karaf, url, WARM_UP, Long.getLong("bench.exportRows", 10_000_000L),
                            Integer.getInteger("bench.exportClients", 200_000), report);
                }
                if (only.contains("g")) {
                    FollowUpBenchmark.run(karaf, url, workers, Integer.getInteger("bench.followup.warmup", 10),
                            seconds, report);
                }
                hold(karaf);
            }
        }
        report.forEach(System.out::println);
    }

    /**
     * With {@code -Dbench.hold=true}, keeps Karaf and PostgreSQL running after the figures (for a profiler or
     * another load generator) until {@code benchmarks/target/release} exists.
     */
    private static void hold(Karaf karaf) throws InterruptedException {
        if (!Boolean.getBoolean("bench.hold")) {
            return;
        }
        Path release = karaf.home.resolveSibling("release");
        System.out.println("Holding: Karaf at " + karaf.root() + ", pid file " + karaf.home.resolve("karaf.pid")
                + "; touch " + release + " to stop");
        while (!java.nio.file.Files.exists(release)) {
            Thread.sleep(1000);
        }
        release.toFile().delete();
    }

    /**
     * (a) GET /reason-codes beside the same Jetty serving a static file of the same size: closed loop for
     * throughput, then open loop at 1,000 requests a second for the latency at that rate.
     */
    static void dropdown(Karaf karaf, int workers, int seconds, List<String> report) throws Exception {
        String rest = karaf.base() + "/reason-codes";
        String file = karaf.root() + "/folja-demo/static/reason-codes.json";
        int restSize = karaf.getBytes(rest, "staff").body().length;
        int fileSize = karaf.getBytes(file, null).body().length;
        if (restSize != fileSize) {
            throw new IllegalStateException("the static file (" + fileSize + " bytes) is not the size of the dropdown ("
                    + restSize + " bytes): the demo catalogue changed, copy the dropdown into folja-demo's"
                    + " static/reason-codes.json");
        }
        Load.Result restClosed = Load.run("GET /reason-codes", workers, WARM_UP, seconds,
                (worker, sequence) -> karaf.getBytes(rest, "staff").statusCode() == 200);
        Load.Result fileClosed = Load.run("static file, same Jetty", workers, WARM_UP, seconds,
                (worker, sequence) -> karaf.getBytes(file, null).statusCode() == 200);
        int rate = Integer.getInteger("bench.rate", 1000);
        Load.Result restOpen = Load.openLoop("GET /reason-codes at " + String.format("%,d", rate) + "/s", rate,
                workers, WARM_UP, seconds, (worker, sequence) -> karaf.getBytes(rest, "staff").statusCode() == 200);
        Load.Result fileOpen = Load.openLoop("static file at " + String.format("%,d", rate) + "/s", rate, workers,
                WARM_UP, seconds, (worker, sequence) -> karaf.getBytes(file, null).statusCode() == 200);
        report.add("");
        report.add("(a) The dropdown beside a static file of the same size (" + restSize + " bytes) on the same Jetty");
        report.add("");
        Load.table(report, List.of(restClosed, fileClosed, restOpen, fileOpen));
        report.add(String.format("The dropdown at %.0f %% of the static file's throughput; p99 at %,d/s: %.2f ms.",
                100 * restClosed.perSecond() / fileClosed.perSecond(), rate, restOpen.percentileMillis(99)));
    }

    /**
     * Följa registers only entries the host has announced: the entries (b) will register are announced before the
     * load, as rows of {@code pending_entry} without client or planned start (so that the request's decide), for
     * up to 2,000 registrations a second per worker, warm-up (whose sequences start at {@code Long.MAX_VALUE / 2})
     * included.
     */
    static void announce(String url, int workers, int seconds) throws Exception {
        long warmUpStart = Long.MAX_VALUE / 2;
        String units = "(ARRAY['" + String.join("','", STAFF_UNITS) + "'])";
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
                PreparedStatement insert = c.prepareStatement("INSERT INTO pending_entry (journal_entry_id,"
                        + " unit_code, client_id, planned_start, received_at, resolved_at)"
                        + " SELECT 'BENCH-' || w || '-' || (CAST(? AS BIGINT) + s),"
                        + " " + units + "[CAST((CAST(? AS BIGINT) + s) % 3 AS INTEGER) + 1], NULL, NULL,"
                        + " CAST(? AS BIGINT), NULL"
                        + " FROM generate_series(0, ?) w, generate_series(0, ?) s ON CONFLICT DO NOTHING")) {
            for (long[] range : new long[][] {{0, 2000L * seconds}, {warmUpStart, 2000L * WARM_UP}}) {
                insert.setLong(1, range[0]);
                insert.setLong(2, range[0]);
                insert.setLong(3, System.currentTimeMillis());
                insert.setInt(4, workers - 1);
                insert.setLong(5, range[1] - 1);
                insert.executeUpdate();
            }
        }
    }

    /**
     * The entries (b) on H2 registers, announced as {@link #announce} does on PostgreSQL: for each prefix, up to
     * 500 registrations a second per worker (far above what H2 takes here; a worker that ran out would count
     * failures), warm-up included.
     */
    static void announceOnH2(Karaf karaf, List<String> prefixes, int workers, int seconds) throws Exception {
        String url = "jdbc:h2:" + karaf.home.resolve("data/folja/folja").toAbsolutePath() + ";AUTO_SERVER=TRUE";
        long received = System.currentTimeMillis();
        try (Connection c = DriverManager.getConnection(url, "folja", "folja");
                PreparedStatement insert = c.prepareStatement("INSERT INTO pending_entry (journal_entry_id,"
                        + " unit_code, client_id, planned_start, received_at, resolved_at)"
                        + " VALUES (?, ?, NULL, NULL, ?, NULL)")) {
            c.setAutoCommit(false);
            for (String prefix : prefixes) {
                for (long first : new long[] {0, Long.MAX_VALUE / 2}) {
                    for (int worker = 0; worker < workers; worker++) {
                        for (long sequence = first; sequence < first + 500L * Math.max(seconds, WARM_UP); sequence++) {
                            insert.setString(1, prefix + "-" + worker + "-" + sequence);
                            insert.setString(2, STAFF_UNITS[(int) (sequence % 3)]);
                            insert.setLong(3, received);
                            insert.addBatch();
                            if (sequence % 5_000 == 4_999) {
                                insert.executeBatch();
                            }
                        }
                        insert.executeBatch();
                        c.commit();
                    }
                }
            }
        }
    }

    /** (b) POST /non-deliveries beside JDBC inserts of the same rows (registration, revision, outbox row). */
    static void registrations(Karaf karaf, String url, int workers, int seconds, List<String> report)
            throws Exception {
        announce(url, workers, seconds);
        AtomicLong acknowledged = new AtomicLong();
        Load.Result rest = registrationLoad(karaf, "POST /non-deliveries", "BENCH", workers, WARM_UP, seconds,
                acknowledged);
        long stored;
        List<Long> clientIds = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
                Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM non_delivery WHERE journal_entry_id LIKE 'BENCH-%'")) {
                r.next();
                stored = r.getLong(1);
            }
            try (ResultSet r = s.executeQuery("SELECT id FROM client ORDER BY id")) {
                while (r.next()) {
                    clientIds.add(r.getLong(1));
                }
            }
        }
        AtomicLong ids = new AtomicLong(5_000_000_000L);
        ThreadLocal<Connection> connections = ThreadLocal.withInitial(() -> {
            try {
                Connection c = DriverManager.getConnection(url, "postgres", "postgres");
                c.setAutoCommit(false);
                return c;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Load.Result jdbc = Load.run("plain JDBC, same rows", workers, WARM_UP, seconds, (worker, sequence) -> {
            Connection c = connections.get();
            long id = ids.incrementAndGet();
            long now = System.currentTimeMillis();
            String reason = REASONS[(int) (sequence % REASONS.length)];
            String initiator = reason.equals("PERSONALBRIST") ? "ORGANISATION" : "CLIENT";
            long client = clientIds.get((int) (sequence % clientIds.size()));
            String unit = STAFF_UNITS[(int) (sequence % 3)];
            long start = Instant.parse("2026-11-02T09:00:00Z").toEpochMilli();
            try (PreparedStatement nd = c.prepareStatement("INSERT INTO non_delivery (id, journal_entry_id, client_id,"
                    + " unit_code, intervention_type, planned_start, planned_day, iso_week, reason_code, initiator,"
                    + " comment_text, status, annulment_reason, registered_by, registered_at, changed_by, changed_at,"
                    + " version) VALUES (?, ?, ?, ?, 'BOENDESTOD', ?, 20261102, 202645, ?, ?, NULL, 'ACTIVE', NULL,"
                    + " 'staff', ?, 'staff', ?, 1)");
                    PreparedStatement rev = c.prepareStatement("INSERT INTO non_delivery_revision (non_delivery_id,"
                            + " revision, kind, changed_by, changed_at, changed_fields, client_id, unit_code,"
                            + " intervention_type, planned_start, reason_code, initiator, comment_text, status,"
                            + " annulment_reason) VALUES (?, 1, 'REGISTERED', 'staff', ?, '', ?, ?, 'BOENDESTOD', ?, ?,"
                            + " ?, NULL, 'ACTIVE', NULL)");
                    PreparedStatement out = c.prepareStatement("INSERT INTO journal_outbox (id, non_delivery_id,"
                            + " journal_entry_id, action, reason_code, state, attempts, created_at, next_attempt_at,"
                            + " delivered_at, last_error) VALUES (?, ?, ?, 'SET_REASON', ?, 'DELIVERED', 1, ?, ?, ?,"
                            + " NULL)")) {
                String entry = "JDBC-" + worker + "-" + sequence;
                nd.setLong(1, id);
                nd.setString(2, entry);
                nd.setLong(3, client);
                nd.setString(4, unit);
                nd.setLong(5, start);
                nd.setString(6, reason);
                nd.setString(7, initiator);
                nd.setLong(8, now);
                nd.setLong(9, now);
                nd.executeUpdate();
                rev.setLong(1, id);
                rev.setLong(2, now);
                rev.setLong(3, client);
                rev.setString(4, unit);
                rev.setLong(5, start);
                rev.setString(6, reason);
                rev.setString(7, initiator);
                rev.executeUpdate();
                out.setLong(1, id);
                out.setLong(2, id);
                out.setString(3, entry);
                out.setString(4, reason);
                out.setLong(5, now);
                out.setLong(6, now);
                out.setLong(7, now);
                out.executeUpdate();
                c.commit();
                return true;
            } catch (Exception e) {
                c.rollback();
                throw e;
            }
        });
        report.add("");
        report.add("(b) Registrations: " + workers + " concurrent clients, each a registration with its revision and"
                + " outbox row in one transaction");
        report.add("");
        Load.table(report, List.of(rest, jdbc));
        report.add(String.format("REST at %.0f %% of plain JDBC. Acknowledged registrations (warm-up included): %,d;"
                + " stored afterwards: %,d.", 100 * rest.perSecond() / jdbc.perSecond(), acknowledged.get(), stored));
    }

    /**
     * The registrations of (b): {@code workers} staff registering reasons for journal entries named
     * {@code prefix-worker-sequence}, all planned on 2026-11-02.
     */
    private static Load.Result registrationLoad(Karaf karaf, String name, String prefix, int workers, int warmUp,
            int seconds, AtomicLong acknowledged) throws Exception {
        return Load.run(name, workers, warmUp, seconds, (worker, sequence) -> {
            String body = "{\"journalEntryId\":\"" + prefix + "-" + worker + "-" + sequence + "\",\"client\":\""
                    + client((int) (sequence % 200)) + "\",\"unit\":\"" + STAFF_UNITS[(int) (sequence % 3)]
                    + "\",\"interventionType\":\"BOENDESTOD\",\"plannedStart\":\"2026-11-02T10:00\",\"reasonCode\":\""
                    + REASONS[(int) (sequence % REASONS.length)] + "\"}";
            Karaf.Answer answer = karaf.post("/non-deliveries", "staff", body);
            if (answer.statusCode() == 201) {
                acknowledged.incrementAndGet();
                return true;
            }
            return false;
        });
    }

    /**
     * (b) on H2: the same registrations against two more copies of the assembly, each on its embedded H2 database:
     * one with the datasource file as shipped ({@code WRITE_DELAY=0}: every commit written to the file before it
     * returns), one with the same file without it (H2's default, 500 ms: commits written by a background thread,
     * as shipped before). Both run side by side, idle while the other is measured, in turns: before, after, before,
     * after.
     */
    static void registrationsOnH2(Path assembly, Path home, int workers, int seconds, List<String> report)
            throws Exception {
        String shipped = java.nio.file.Files.readString(Path.of(System.getProperty("folja.h2Datasource")));
        if (!shipped.contains(";WRITE_DELAY=0\n")) {
            throw new IllegalStateException("the shipped H2 datasource no longer ends its URL in ;WRITE_DELAY=0");
        }
        // Both with H2's automatic server, so that the benchmark can announce the entries it will register while
        // Karaf holds the database (Karaf's own connections stay embedded).
        try (Karaf durable = Karaf.onH2(assembly, home.resolveSibling("karaf-h2-durable"),
                        shipped.replace(";WRITE_DELAY=0\n", ";WRITE_DELAY=0;AUTO_SERVER=TRUE\n"));
                Karaf delayed = Karaf.onH2(assembly, home.resolveSibling("karaf-h2-delayed"),
                        shipped.replace(";WRITE_DELAY=0\n", ";AUTO_SERVER=TRUE\n"))) {
            delayed.start();
            durable.start();
            for (Karaf karaf : List.of(delayed, durable)) {
                karaf.await("/non-deliveries?from=2026-09-01&to=2026-10-31&limit=1", "admin", "\"total\":140",
                        Duration.ofMinutes(5));
            }
            announceOnH2(delayed, List.of("DELAYED1", "DELAYED2"), workers, seconds);
            announceOnH2(durable, List.of("DURABLE1", "DURABLE2"), workers, seconds);
            AtomicLong delayedAcknowledged = new AtomicLong();
            AtomicLong durableAcknowledged = new AtomicLong();
            List<Load.Result> results = new ArrayList<>();
            for (int round = 1; round <= 2; round++) {
                int warmUp = round == 1 ? WARM_UP : 5;
                // a prefix per round: the same journal entry ids again would be idempotent replays
                results.add(registrationLoad(delayed, "H2, WRITE_DELAY 500 ms (before), round " + round,
                        "DELAYED" + round, workers, warmUp, seconds, delayedAcknowledged));
                results.add(registrationLoad(durable, "H2, WRITE_DELAY=0 (shipped), round " + round,
                        "DURABLE" + round, workers, warmUp, seconds, durableAcknowledged));
            }
            report.add("");
            report.add("(b) on H2: the same registrations, " + workers + " concurrent clients, against the embedded H2"
                    + " database with H2's default write delay (before) and with WRITE_DELAY=0 (as shipped), in turns");
            report.add("");
            Load.table(report, results);
            for (Karaf karaf : List.of(delayed, durable)) {
                String total = karaf.get("/non-deliveries?from=2026-11-02&to=2026-11-02&limit=1", "staff").text()
                        .replaceAll("(?s).*\"total\":(\\d+).*", "$1");
                report.add(String.format("%s: acknowledged (warm-ups included) %,d, stored %s, database file %,d MB"
                        + " while running",
                        karaf == delayed ? "Before" : "Shipped",
                        (karaf == delayed ? delayedAcknowledged : durableAcknowledged).get(), total,
                        java.nio.file.Files.size(karaf.home.resolve("data/folja/folja.mv.db")) / (1024 * 1024)));
            }
            if (delayedAcknowledged.get() == 0 || durableAcknowledged.get() == 0) {
                throw new IllegalStateException("(b) on H2 registered nothing: see the failed column");
            }
            report.add(String.format("WRITE_DELAY=0 at %.0f %% of the delayed throughput (both rounds).",
                    100 * (results.get(1).perSecond() + results.get(3).perSecond())
                            / (results.get(0).perSecond() + results.get(2).perSecond())));
        }
    }

    /** (c) Searches over a large table, through REST and as the same SQL by hand. */
    static void searches(Karaf karaf, String url, int workers, int seconds, long rows, List<String> report)
            throws Exception {
        long started = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
                Statement s = c.createStatement()) {
            long batch = 1_000_000;
            for (long first = 1; first <= rows; first += batch) {
                long last = Math.min(rows, first + batch - 1);
                s.executeUpdate("INSERT INTO non_delivery (id, journal_entry_id, client_id, unit_code, intervention_type,"
                        + " planned_start, planned_day, iso_week, reason_code, initiator, comment_text, status,"
                        + " annulment_reason, registered_by, registered_at, changed_by, changed_at, version)"
                        + " SELECT 20000000000 + g, 'GEN-' || g, c.ids[1 + g % array_length(c.ids, 1)],"
                        + " u.codes[1 + g % 5], 'BOENDESTOD',"
                        + " (extract(epoch FROM (d.ts AT TIME ZONE 'Europe/Stockholm')) * 1000)::bigint,"
                        + " to_char(d.ts, 'YYYYMMDD')::int, to_char(d.ts, 'IYYYIW')::int,"
                        + " r.codes[1 + (g / 7) % 13], r.initiators[1 + (g / 7) % 13], NULL, 'ACTIVE', NULL,"
                        + " 'generator', 0, 'generator', 0, 1"
                        + " FROM generate_series(" + first + ", " + last + ") g"
                        + " CROSS JOIN (SELECT array_agg(id ORDER BY id) ids FROM client) c"
                        + " CROSS JOIN (SELECT array_agg(code ORDER BY code) codes FROM unit) u"
                        + " CROSS JOIN (SELECT array_agg(code ORDER BY code) codes, array_agg(initiator ORDER BY code)"
                        + " initiators FROM reason_code) r"
                        + " CROSS JOIN LATERAL (SELECT timestamp '2025-01-01 08:00' + (g % 730) * interval '1 day'"
                        + " + (g % 9) * interval '1 hour' ts) d");
            }
            s.execute("ANALYZE non_delivery");
        }
        double loadSeconds = (System.nanoTime() - started) / 1e9;
        String[] rest = {
            "/non-deliveries?unit=BOSTOD_NORR&from=2026-09-01&to=2026-09-30&limit=50",
            "/non-deliveries?reason=MAENDE&from=2026-09-01&to=2026-09-07&limit=50",
            "/non-deliveries?unit=BOSTOD_SODER&initiator=ORGANISATION&from=2026-03-01&to=2026-03-31&limit=50"
                    + "&sort=PLANNED_START_DESC",
        };
        Load.Result viaRest = Load.run("GET /non-deliveries (3 searches in turn)", workers, WARM_UP, seconds,
                (worker, sequence) -> karaf.get(rest[(int) (sequence % rest.length)], "staff").statusCode() == 200);
        // As the store asks: the period as the instants of Swedish midnights, the order of the page by planned start
        String count = "SELECT COUNT(*) FROM non_delivery WHERE status = 'ACTIVE' AND planned_start >= ? AND"
                + " planned_start < ? AND unit_code IN (?, ?, ?)";
        String page = "SELECT * FROM non_delivery WHERE status = 'ACTIVE' AND planned_start >= ? AND planned_start < ?"
                + " AND unit_code IN (?, ?, ?) ORDER BY planned_start, id LIMIT 50 OFFSET 0";
        ThreadLocal<Connection> connections = ThreadLocal.withInitial(() -> {
            try {
                return DriverManager.getConnection(url, "postgres", "postgres");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Load.Result bySql = Load.run("the same searches as SQL (count + page)", workers, WARM_UP, seconds,
                (worker, sequence) -> {
                    int which = (int) (sequence % 3);
                    // the units, reason and initiator each search names, bound as the store binds them
                    String[] units = which == 0 ? new String[] {"BOSTOD_NORR"}
                            : which == 1 ? STAFF_UNITS : new String[] {"BOSTOD_SODER"};
                    long from = swedishMidnight(which == 2 ? "2026-03-01" : "2026-09-01");
                    long to = swedishMidnight(which == 0 ? "2026-10-01" : which == 1 ? "2026-09-08" : "2026-04-01");
                    String extra = which == 1 ? " AND reason_code IN (?)" : which == 2 ? " AND initiator = ?" : "";
                    String value = which == 1 ? "MAENDE" : which == 2 ? "ORGANISATION" : null;
                    Connection c = connections.get();
                    for (String sql : new String[] {count, page}) {
                        String statement = sql.replace(" AND unit_code IN (?, ?, ?)", " AND unit_code IN ("
                                + String.join(", ", java.util.Collections.nCopies(units.length, "?")) + ")" + extra);
                        if (which == 2) {
                            statement = statement.replace("ORDER BY planned_start, id", "ORDER BY planned_start DESC,"
                                    + " id DESC");
                        }
                        try (PreparedStatement p = c.prepareStatement(statement)) {
                            int n = 1;
                            p.setLong(n++, from);
                            p.setLong(n++, to);
                            for (String unit : units) {
                                p.setString(n++, unit);
                            }
                            if (value != null) {
                                p.setString(n, value);
                            }
                            try (ResultSet r = p.executeQuery()) {
                                while (r.next()) {
                                    r.getLong(1);
                                }
                            }
                        }
                    }
                    return true;
                });
        List<String> plans = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres")) {
            for (String sql : new String[] {count, page}) {
                try (PreparedStatement p = c.prepareStatement("EXPLAIN (ANALYZE, COSTS OFF) " + sql)) {
                    p.setLong(1, swedishMidnight("2026-09-01"));
                    p.setLong(2, swedishMidnight("2026-10-01"));
                    for (int i = 0; i < 3; i++) {
                        p.setString(3 + i, STAFF_UNITS[i]);
                    }
                    try (ResultSet r = p.executeQuery()) {
                        while (r.next()) {
                            plans.add("    " + r.getString(1));
                        }
                    }
                }
            }
        }
        report.add("");
        report.add(String.format("(c) Search over %,d generated registrations (+ the demo's), loaded in %.0f s;"
                + " staff see three of the five units", rows, loadSeconds));
        report.add("");
        Load.table(report, List.of(viaRest, bySql));
        report.add("Generated rows: planned starts spread over 2025-01-01 .. 2026-12-31, five units, 13 reasons, the demo's"
                + " clients; " + LocalDate.now() + ".");
        report.add("");
        report.add("Plans of the count and the page for the staff's three units and September 2026:");
        report.addAll(plans);
    }

    /** @return the epoch millisecond of midnight at the start of {@code day} in Sweden */
    static long swedishMidnight(String day) {
        return LocalDate.parse(day).atStartOfDay(se.folja.api.Dates.ZONE).toInstant().toEpochMilli();
    }

    /** A generated, valid personnummer (check digit by PersonalIdentityNumber's one rule): born 1990-01-01 plus {@code k} days, serial 97x. */
    static String client(int k) {
        LocalDate born = LocalDate.of(1990, 1, 1).plusDays(k * 11L);
        String nine = born.toString().replace("-", "").substring(2) + "97" + (k % 10);
        return born.getYear() / 100 + nine + PersonalIdentityNumber.checkDigit(nine);
    }
}
