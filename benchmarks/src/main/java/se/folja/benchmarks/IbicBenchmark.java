package se.folja.benchmarks;

import java.io.ByteArrayInputStream;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import se.folja.api.Actor;
import se.folja.api.ibic.IcfCodeEntry;
import se.folja.api.ibic.IcfCodeListFormat;
import se.folja.api.ibic.IcfCodeListInfo;
import se.folja.api.ibic.MapOutcome;
import se.folja.ibic.internal.CodeListService;
import se.folja.ibic.internal.IbicConfig;
import se.folja.ibic.internal.TableLifeAreaMapper;
import se.folja.store.spi.IcfCodeStore;

/**
 * (d) IBIC: batch mapping of ICF codes in this process (the bundle's own classes) and over REST; then the
 * life-areas-by-unit query over a generated municipality on PostgreSQL beside the same answer computed by
 * hand-written SQL.
 */
final class IbicBenchmark {

    /** Codes per batch, in process and per REST request. */
    static final int BATCH = 10_000;

    private IbicBenchmark() {
    }

    /** The synthetic list's codes (each chapter, categories on every level), and some that are malformed. */
    static List<String> codes(List<String> listed) {
        List<String> codes = new ArrayList<>(BATCH);
        for (int i = 0; i < BATCH; i++) {
            codes.add(i % 50 == 49 ? "d64" : listed.get((i * 7) % listed.size()));
        }
        return codes;
    }

    static void run(Karaf karaf, String url, int workers, int seconds, int warmUp, int clients, List<String> report)
            throws Exception {
        // The synthetic code list, as the demo loaded it
        List<String> listed = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
                Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT code FROM icf_code")) {
            while (r.next()) {
                listed.add(r.getString(1));
            }
        }
        listed.sort(Comparator.naturalOrder());
        List<String> codes = codes(listed);

        CodeListService lists = new CodeListService(new ListedCodes(), config());
        TableLifeAreaMapper mapper = new TableLifeAreaMapper(lists);
        lists.load(IcfCodeListFormat.CSV, new ByteArrayInputStream(("code\n" + String.join("\n", listed))
                .getBytes(StandardCharsets.UTF_8)), "benchmark", new Actor("benchmark"));
        Load.Result inProcess = Load.run("in process, " + String.format("%,d", BATCH) + " codes a batch", workers,
                warmUp, seconds, (worker, sequence) -> {
                    List<MapOutcome> outcomes = mapper.mapAll(codes);
                    return outcomes.size() == BATCH && outcomes.get(0).mapping() != null;
                });
        String body = "{\"codes\":[\"" + String.join("\",\"", codes) + "\"]}";
        Load.Result overRest = Load.run("POST /ibic/map, " + String.format("%,d", BATCH) + " codes a request",
                workers, warmUp, seconds, (worker, sequence) -> karaf.post("/ibic/map", "statistician", body)
                        .statusCode() == 200);

        long started = System.nanoTime();
        generate(url, clients);
        double loadSeconds = (System.nanoTime() - started) / 1e9;
        String path = "/ibic/needs?from=2026-09-01&to=2026-10-31&groupBy=unit";
        String answer = new String(karaf.get(path, Karaf.MEMBER).body(), StandardCharsets.UTF_8);
        ThreadLocal<Connection> connections = ThreadLocal.withInitial(() -> {
            try {
                return DriverManager.getConnection(url, "postgres", "postgres");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        List<String> sqlRows = new ArrayList<>();
        Load.Operation sql = (worker, sequence) -> {
            Connection c = connections.get();
            List<String> rows = new ArrayList<>();
            for (String statement : new String[] {BY_UNIT, CLIENTS}) {
                try (PreparedStatement p = c.prepareStatement(statement); ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        rows.add(r.getString(1));
                    }
                }
            }
            synchronized (sqlRows) {
                if (sqlRows.isEmpty()) {
                    sqlRows.addAll(rows);
                }
            }
            return !rows.isEmpty();
        };
        Load.Operation rest = (worker, sequence) -> karaf.get(path, Karaf.MEMBER).statusCode() == 200;
        List<Load.Result> queries = List.of(
                Load.run("GET /ibic/needs?groupBy=unit (Sep-Oct 2026)", 1, warmUp, seconds, rest),
                Load.run("the same by hand-written SQL (window function)", 1, warmUp, seconds, sql),
                Load.run("GET /ibic/needs?groupBy=unit (Sep-Oct 2026)", workers, warmUp, seconds, rest),
                Load.run("the same by hand-written SQL (window function)", workers, warmUp, seconds, sql));

        report.add("");
        report.add("(d) IBIC: ICF codes mapped to life areas, " + String.format("%,d", BATCH) + " codes a batch (2 %"
                + " malformed), against the synthetic list of " + listed.size() + " codes");
        report.add("");
        report.add("| what | workers | batches per second | codes per second | p50 ms | p99 ms | done | failed |");
        report.add("|---|---|---|---|---|---|---|---|");
        report.add(codesRow(inProcess));
        report.add(codesRow(overRest));
        report.add("");
        report.add(String.format("Over REST at %.0f %% of the mapping in process.",
                100 * overRest.perSecond() / inProcess.perSecond()));
        report.add("");
        report.add(String.format("(d) Life areas with assessed need per unit, September-October 2026, over %,d"
                + " generated clients with assessments (+ the demo's), loaded in %.0f s", clients, loadSeconds));
        report.add("");
        Load.table(report, queries);
        report.add(String.format("REST at %.2f times the SQL's p50 alone, %.2f times with %d workers.",
                queries.get(0).percentileMillis(50) / queries.get(1).percentileMillis(50),
                queries.get(2).percentileMillis(50) / queries.get(3).percentileMillis(50), workers));
        report.add("");
        report.add("The REST answer and the SQL's rows agree: " + agree(answer, sqlRows) + ".");
    }

    /** The same answer as the store's, by another route: the latest assessment before the period by row_number. */
    static final String IN_FORCE = "SELECT id, client_id, unit_code, version FROM ("
            + "  SELECT a.*, rank() OVER (PARTITION BY client_id ORDER BY assessed_on DESC) AS latest"
            + "  FROM assessment a WHERE assessed_on < 20260901) before WHERE latest = 1"
            + " UNION ALL SELECT id, client_id, unit_code, version FROM assessment"
            + " WHERE assessed_on BETWEEN 20260901 AND 20261031";
    static final String BY_UNIT = "SELECT f.unit_code || '/' || n.life_area || '/' || COUNT(DISTINCT f.client_id)"
            + " || '/' || COUNT(*) FROM (" + IN_FORCE + ") f JOIN assessment_need n ON n.assessment_id = f.id"
            + " AND n.revision = f.version WHERE n.qualifier IN (1, 2, 3, 4, 8) GROUP BY f.unit_code, n.life_area";
    static final String CLIENTS = "SELECT 'clients/' || COUNT(DISTINCT client_id) FROM (" + IN_FORCE + ") f";

    /** @return whether every SQL row's counts are in the REST answer */
    static boolean agree(String json, List<String> rows) {
        for (String row : rows) {
            String[] cells = row.split("/");
            if (cells[0].equals("clients")) {
                if (!json.contains("\"clients\":" + cells[1] + ",\"rows\"")) {
                    return false;
                }
            } else if (!json.contains("\"group\":\"" + cells[0] + "\",\"lifeArea\":\"" + cells[1] + "\"")
                    || !json.contains("\"clients\":" + cells[2] + ",\"needs\":" + cells[3])) {
                return false;
            }
        }
        return !rows.isEmpty();
    }

    /**
     * Clients over the five demo units, each assessed once before the period (different days) and every other
     * one again in it, three needs each in D2, D6, D9, D7, D8, TRYGGHET or body functions, one in eight
     * corrected once (a second revision with other needs).
     */
    static void generate(String url, int clients) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
                Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO client (id, pin, birth_day, legal_gender) SELECT 30000000000 + g,"
                    + " '19' || lpad(g::text, 10, '0'), 19800101 + (g % 28), CASE WHEN g % 2 = 0 THEN 'FEMALE' ELSE"
                    + " 'MALE' END FROM generate_series(1, " + clients + ") g");
            String units = "(SELECT array_agg(code ORDER BY code) FROM unit WHERE code LIKE 'BOSTOD_%')";
            // before the period: 2025-06-01 + up to 400 days, never in it; in the period for even clients
            s.executeUpdate("INSERT INTO assessment (id, client_id, unit_code, assessed_on, case_officer,"
                    + " mapping_version, life_areas_version, registered_by, registered_at, changed_by, changed_at,"
                    + " version) SELECT 30000000000 + g * 2 + k, 30000000000 + g, (" + units + ")[1 + g % 5],"
                    + " to_char(CASE WHEN k = 0 THEN date '2025-06-01' + (g % 400) ELSE date '2026-09-01' + (g % 61)"
                    + " END, 'YYYYMMDD')::int, 'HL' || (g % 40), 0, '2021.1', 'generator', 0, 'generator', 0,"
                    + " CASE WHEN g % 8 = 3 THEN 2 ELSE 1 END"
                    + " FROM generate_series(1, " + clients + ") g CROSS JOIN generate_series(0, 1) k"
                    + " WHERE k = 0 OR g % 2 = 0");
            s.executeUpdate("INSERT INTO assessment_revision (assessment_id, revision, kind, changed_by, changed_at,"
                    + " unit_code, assessed_on, case_officer, mapping_version, life_areas_version)"
                    + " SELECT a.id, r, CASE WHEN r = 1 THEN 'RECORDED' ELSE 'CORRECTED' END, 'generator', 0,"
                    + " a.unit_code, a.assessed_on, a.case_officer, 0, '2021.1'"
                    + " FROM assessment a CROSS JOIN generate_series(1, 2) r WHERE a.id >= 30000000000"
                    + " AND r <= a.version");
            s.executeUpdate("INSERT INTO assessment_need (assessment_id, revision, ordinal, icf_code, life_area,"
                    + " term, qualifier, goal_qualifier, goal_text)"
                    + " SELECT v.assessment_id, v.revision, o, (ARRAY['d230','d640','d920','d720','d850',NULL,"
                    + "'b152'])[1 + (v.assessment_id + o * 3 + v.revision) % 7],"
                    + " (ARRAY['D2','D6','D9','D7','D8','TRYGGHET','BODY_FUNCTIONS'])"
                    + "[1 + (v.assessment_id + o * 3 + v.revision) % 7],"
                    + " NULL, (v.assessment_id + o) % 5, NULL, NULL"
                    + " FROM assessment_revision v CROSS JOIN generate_series(0, 2) o"
                    + " WHERE v.assessment_id >= 30000000000");
            s.execute("ANALYZE client");
            s.execute("ANALYZE assessment");
            s.execute("ANALYZE assessment_revision");
            s.execute("ANALYZE assessment_need");
        }
    }

    static String codesRow(Load.Result r) {
        return String.format("| %s | %d | %,.0f | %,.0f | %.2f | %.2f | %,d | %,d |", r.name(), r.workers(),
                r.perSecond(), r.perSecond() * BATCH, r.percentileMillis(50), r.percentileMillis(99), r.ok(),
                r.failed());
    }

    private static IbicConfig config() {
        return new IbicConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return IbicConfig.class;
            }

            @Override
            public int cache_seconds() {
                return 3600;
            }

            @Override
            public int codeList_maxCodes() {
                return 20000;
            }
        };
    }

    /** The code-list port for the mapping in this process: the synthetic list, held in memory. */
    private static final class ListedCodes implements IcfCodeStore {
        private volatile List<IcfCodeEntry> codes = List.of();
        private volatile IcfCodeListInfo info;

        @Override
        public IcfCodeListInfo replace(String name, String version, List<IcfCodeEntry> entries, String by,
                Instant at) {
            codes = List.copyOf(entries);
            info = new IcfCodeListInfo(1, name, version, entries.size(), by, at);
            return info;
        }

        @Override
        public Optional<IcfCodeListInfo> current() {
            return Optional.ofNullable(info);
        }

        @Override
        public List<IcfCodeEntry> codes() {
            return codes;
        }
    }
}
