package se.folja.benchmarks;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.folja.api.person.PersonalIdentityNumber;

/**
 * (g) Follow-ups. Response submission: {@code POST /enrolments/{id}/responses} as staff of the unit, a Trosa
 * case-officer response (16 questions, 17 values) to the first occasion of enrolments made through the API before
 * the load, beside plain JDBC inserts of the same rows (the response, its answers, its revision and the revision's
 * answers, one transaction each, copied from a response the REST load stored). Exports over 1,000,000 generated ORS
 * responses: the enrolment durations and the ORS change through REST as statistician (CSV, the whole body read)
 * beside hand-written SQL of the same answer, both answers compared, Karaf's heap sampled meanwhile.
 */
final class FollowUpBenchmark {

    static final String TROSA = "TROSA_MISSBRUK";
    static final String[] STAFF_UNITS = {"BOSTOD_NORR", "BOSTOD_SODER", "BOSTOD_CENTRUM"};
    /** Ids of the generated rows, far above the sequences' and the other benchmarks'. */
    static final long CLIENT_BASE = 70_000_000_000L;
    static final long ENROLMENT_BASE = 71_000_000_000L;
    static final long RESPONSE_BASE = 72_000_000_000L;
    static final long JDBC_RESPONSE_BASE = 73_000_000_000L;
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

    private FollowUpBenchmark() {
    }

    static void run(Karaf karaf, String url, int workers, int warmUp, int seconds, List<String> report)
            throws Exception {
        submissions(karaf, url, workers, warmUp, seconds, report);
        exports(karaf, url, warmUp, report);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Response submission

    /** A Trosa case-officer response answering every question its answers enable: 16 questions, 17 values. */
    static String trosaResponse() {
        String sys = "https://folja.se/fhir/CodeSystem/trosa_missbruk-";
        return "{\"occasion\":\"opened\",\"role\":\"CASE_OFFICER\",\"questionnaireResponse\":{"
                + "\"resourceType\":\"QuestionnaireResponse\",\"status\":\"completed\",\"item\":["
                + "{\"linkId\":\"bakgrund\",\"item\":["
                + coding("kon", sys + "kon", "KVINNA") + ","
                + "{\"linkId\":\"alder\",\"answer\":[{\"valueInteger\":34}]},"
                + coding("barn", sys + "barn", "JA_MINDERARIGA") + ","
                + coding("huvuddrog", sys + "huvuddrog", "ALKOHOL") + ","
                + coding("grad", sys + "grad", "BEROENDE") + ","
                + "{\"linkId\":\"aktualiserad\",\"answer\":[{\"valueDate\":\"2026-11-02\"}]}]},"
                + "{\"linkId\":\"process\",\"item\":["
                + "{\"linkId\":\"utredning\",\"answer\":[{\"valueBoolean\":true}]},"
                + "{\"linkId\":\"utredning-klar\",\"answer\":[{\"valueDate\":\"2026-11-20\"}]},"
                + coding("beslut", sys + "beslut", "BEVILJAD") + ","
                + "{\"linkId\":\"insatstyp\",\"answer\":[{\"valueCoding\":{\"system\":\"" + sys + "insatstyp\","
                + "\"code\":\"OPPENVARD\"}},{\"valueCoding\":{\"system\":\"" + sys + "insatstyp\","
                + "\"code\":\"STODBOENDE\"}}]},"
                + coding("fullfoljd", sys + "fullfoljd", "PAGAR") + "]},"
                + "{\"linkId\":\"resultat\",\"item\":["
                + "{\"linkId\":\"avslutat\",\"answer\":[{\"valueBoolean\":true}]},"
                + coding("orsak-avslut", sys + "orsak-avslut", "MAL_UPPNATT") + ","
                + coding("situation", sys + "situation", "POSITIV") + ","
                + "{\"linkId\":\"ateraktualiserad\",\"answer\":[{\"valueBoolean\":true}]},"
                + coding("ateraktualisering", sys + "ateraktualisering", "POSITIV") + "]}]}}";
    }

    private static String coding(String linkId, String system, String code) {
        return "{\"linkId\":\"" + linkId + "\",\"answer\":[{\"valueCoding\":{\"system\":\"" + system
                + "\",\"code\":\"" + code + "\"}}]}";
    }

    /**
     * A valid personnummer of a generated adult client: born 1940-01-01 plus {@code k % 24,000} days, serial
     * {@code serial + k / 24,000}.
     */
    static String pin(int k, int serial) {
        LocalDate born = LocalDate.of(1940, 1, 1).plusDays(k % 24_000);
        String nine = born.toString().replace("-", "").substring(2) + (serial + k / 24_000);
        return born.getYear() / 100 + nine + PersonalIdentityNumber.checkDigit(nine);
    }

    static void submissions(Karaf karaf, String url, int workers, int warmUp, int seconds, List<String> report)
            throws Exception {
        for (String unit : STAFF_UNITS) {
            Karaf.Answer enabled = karaf.post("/admin/followup-enablements", "admin", "{\"template\":\"" + TROSA
                    + "\",\"unit\":\"" + unit + "\",\"from\":\"2025-01-01\"}");
            if (enabled.statusCode() != 201 && enabled.statusCode() != 409) {
                throw new IllegalStateException("enabling " + TROSA + " for " + unit + " answered "
                        + enabled.statusCode() + ": " + enabled.text());
            }
        }
        // enough enrolments for the warm-up and the measurement at well above the rate expected here
        int count = Integer.getInteger("bench.followup.enrolments", 200 * (warmUp + seconds));
        long[] enrolments = new long[count];
        AtomicInteger refused = new AtomicInteger();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        List<Future<?>> made = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            int worker = w;
            made.add(pool.submit(() -> {
                for (int i = worker; i < count; i += workers) {
                    Karaf.Answer answer = karaf.post("/enrolments", "staff", "{\"template\":\"" + TROSA
                            + "\",\"unit\":\"" + STAFF_UNITS[i % 3] + "\",\"client\":\"" + pin(i, 890) + "\"}");
                    Matcher id = ID.matcher(answer.text());
                    if (answer.statusCode() != 201 || !id.find()) {
                        if (refused.incrementAndGet() == 1) {
                            System.out.println("POST /enrolments answered " + answer.statusCode() + ": "
                                    + answer.text());
                        }
                        continue;
                    }
                    enrolments[i] = Long.parseLong(id.group(1));
                }
                return null;
            }));
        }
        for (Future<?> f : made) {
            f.get();
        }
        pool.shutdown();
        double enrolSeconds = (System.nanoTime() - started) / 1e9;
        if (refused.get() > 0) {
            throw new IllegalStateException(refused.get() + " enrolments refused");
        }

        String body = trosaResponse();
        AtomicInteger next = new AtomicInteger();
        AtomicLong acknowledged = new AtomicLong();
        Load.Result rest = Load.run("POST /enrolments/{id}/responses (Trosa, 17 values)", workers, warmUp, seconds,
                (worker, sequence) -> {
                    int i = next.getAndIncrement();
                    if (i >= count) {
                        return false; // ran out of prepared enrolments: counted as failed
                    }
                    Karaf.Answer answer = karaf.post("/enrolments/" + enrolments[i] + "/responses", "staff", body);
                    if (answer.statusCode() == 201) {
                        acknowledged.incrementAndGet();
                        return true;
                    }
                    return false;
                });

        // the rows the store wrote for one of them, to be written again by hand
        long stored;
        Map<String, Object> response = new LinkedHashMap<>();
        List<Map<String, Object>> answers = new ArrayList<>();
        List<Map<String, Object>> answerRevisions = new ArrayList<>();
        Map<String, Object> revision = new LinkedHashMap<>();
        try (Connection c = ExportBenchmark.connect(url); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM followup_response WHERE template_code = '" + TROSA
                    + "' AND changed_by = 'staff'")) {
                r.next();
                stored = r.getLong(1);
            }
            long sample;
            try (ResultSet r = s.executeQuery("SELECT MIN(id) FROM followup_response WHERE template_code = '" + TROSA
                    + "' AND changed_by = 'staff'")) {
                r.next();
                sample = r.getLong(1);
            }
            rows(s, "SELECT * FROM followup_response WHERE id = " + sample, List.of(response));
            rows(s, "SELECT * FROM followup_answer WHERE response_id = " + sample + " ORDER BY ordinal,"
                    + " value_ordinal", answers);
            rows(s, "SELECT * FROM followup_response_revision WHERE response_id = " + sample, List.of(revision));
            rows(s, "SELECT * FROM followup_answer_revision WHERE response_id = " + sample + " ORDER BY ordinal,"
                    + " value_ordinal", answerRevisions);
        }
        if (answers.size() != 17 || answerRevisions.size() != 17) {
            throw new IllegalStateException("the stored Trosa response has " + answers.size() + " answer rows and "
                    + answerRevisions.size() + " answer revision rows, not 17");
        }
        // each baseline response answers a later time of the same enrolments' occasion (its own completed key)
        AtomicLong ids = new AtomicLong(JDBC_RESPONSE_BASE);
        Map<Long, Object[]> enrolmentRows = new TreeMap<>();
        try (Connection c = ExportBenchmark.connect(url); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT id, unit_code, client_id FROM followup_enrolment WHERE"
                        + " template_code = '" + TROSA + "' AND changed_by = 'staff'")) {
            while (r.next()) {
                enrolmentRows.put(r.getLong(1), new Object[] {r.getString(2), r.getLong(3)});
            }
        }
        ThreadLocal<Connection> connections = ThreadLocal.withInitial(() -> {
            Connection c = ExportBenchmark.connect(url);
            try {
                c.setAutoCommit(false);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return c;
        });
        String insertResponse = insert("followup_response", response.keySet());
        String insertAnswer = insert("followup_answer", answers.get(0).keySet());
        String insertRevision = insert("followup_response_revision", revision.keySet());
        String insertAnswerRevision = insert("followup_answer_revision", answerRevisions.get(0).keySet());
        Load.Result jdbc = Load.run("plain JDBC, same rows (1 + 17 + 1 + 17 inserts)", workers, warmUp, seconds,
                (worker, sequence) -> {
                    Connection c = connections.get();
                    long id = ids.incrementAndGet();
                    long enrolment = enrolments[(int) (id % count)];
                    Object[] of = enrolmentRows.get(enrolment);
                    int time = (int) (id - JDBC_RESPONSE_BASE) + 1; // the occasion's sequence, from 2
                    long now = System.currentTimeMillis();
                    Map<String, Object> changed = Map.of("id", id, "response_id", id, "enrolment_id", enrolment,
                            "unit_code", of[0], "client_id", of[1], "sequence", time + 1, "changed_at", now,
                            "completed_key", enrolment + "|opened|" + (time + 1) + "|CASE_OFFICER");
                    try {
                        write(c, insertResponse, response, changed);
                        for (Map<String, Object> row : answers) {
                            write(c, insertAnswer, row, changed);
                        }
                        write(c, insertRevision, revision, changed);
                        for (Map<String, Object> row : answerRevisions) {
                            write(c, insertAnswerRevision, row, changed);
                        }
                        c.commit();
                        return true;
                    } catch (Exception e) {
                        c.rollback();
                        throw e;
                    }
                });
        report.add("");
        report.add(String.format("(g) Response submission: %d concurrent clients; %,d Trosa enrolments made"
                + " through POST /enrolments beforehand (%.0f s, %,.0f a second)", workers, count, enrolSeconds,
                count / enrolSeconds));
        report.add("");
        Load.table(report, List.of(rest, jdbc));
        report.add(String.format("REST at %.0f %% of plain JDBC. Acknowledged responses (warm-up included): %,d;"
                + " stored afterwards: %,d.", 100 * rest.perSecond() / jdbc.perSecond(), acknowledged.get(), stored));
    }

    /** Reads the rows of a query into maps of column to value, in the given (pre-sized) list's maps or new ones. */
    private static void rows(Statement s, String sql, List<Map<String, Object>> into) throws Exception {
        boolean fill = !into.isEmpty();
        try (ResultSet r = s.executeQuery(sql)) {
            ResultSetMetaData meta = r.getMetaData();
            while (r.next()) {
                Map<String, Object> row = fill ? into.get(0) : new LinkedHashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.put(meta.getColumnName(i), r.getObject(i));
                }
                if (!fill) {
                    into.add(row);
                }
            }
        }
    }

    private static String insert(String table, java.util.Collection<String> columns) {
        return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
    }

    /** One row: {@code row}'s values, those named in {@code changed} replaced. */
    private static void write(Connection c, String sql, Map<String, Object> row, Map<String, Object> changed)
            throws Exception {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            int n = 1;
            for (Map.Entry<String, Object> column : row.entrySet()) {
                Object value = changed.getOrDefault(column.getKey(), column.getValue());
                if (value == null) {
                    p.setNull(n++, java.sql.Types.NULL);
                } else {
                    p.setObject(n++, value);
                }
            }
            p.executeUpdate();
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Exports over a million responses

    static void exports(Karaf karaf, String url, int warmUp, List<String> report) throws Exception {
        int enrolmentCount = Integer.getInteger("bench.followup.exportEnrolments", 100_000);
        int perEnrolment = 10;
        int exportSeconds = Integer.getInteger("bench.followup.exportSeconds", 30);
        long started = System.nanoTime();
        long[] generated = generate(karaf, url, enrolmentCount, perEnrolment);
        double loadSeconds = (System.nanoTime() - started) / 1e9;
        String asOf = "2026-12-01";
        String from = "2025-01-01";
        String to = "2026-11-30";

        String durations = "/export/followups/ORS/durations?asOf=" + asOf + "&format=csv";
        String change = "/export/followups/ORS/scale-change?from=" + from + "&to=" + to + "&format=csv";
        Map<String, List<String>> restDurations = csvRows(karaf.get(durations, "statistician"));
        Map<String, List<String>> sqlDurations = durationsBySql(url, asOf);
        Map<String, List<String>> restChange = csvRows(karaf.get(change, "statistician"));
        Map<String, List<String>> sqlChange = changeBySql(url, from, to);

        List<Load.Result> results = new ArrayList<>();
        List<String> heaps = new ArrayList<>();
        results.add(heapSampled(karaf, heaps, () -> Load.run("GET /export/followups/ORS/durations (CSV)", 1, warmUp,
                exportSeconds, (w, s) -> karaf.countLines(durations, "statistician")[0] > 0)));
        results.add(Load.run("the same by hand-written SQL (age(), percentile_cont)", 1, warmUp, exportSeconds,
                (w, s) -> !durationsBySql(url, asOf).isEmpty()));
        results.add(heapSampled(karaf, heaps, () -> Load.run("GET /export/followups/ORS/scale-change (CSV)", 1,
                warmUp, exportSeconds, (w, s) -> karaf.countLines(change, "statistician")[0] > 0)));
        results.add(Load.run("the same by hand-written SQL (DISTINCT ON, CASE)", 1, warmUp, exportSeconds,
                (w, s) -> !changeBySql(url, from, to).isEmpty()));

        report.add("");
        report.add(String.format("(g) Exports over %,d generated ORS responses (%,d answers) of %,d enrolments and"
                + " clients (+ the demo's), loaded in %.0f s", generated[1], generated[2], generated[0], loadSeconds));
        report.add("");
        Load.table(report, results);
        report.add(String.format("Durations at %.2f times the hand-written SQL's p50; ORS change at %.2f times.",
                results.get(0).percentileMillis(50) / results.get(1).percentileMillis(50),
                results.get(2).percentileMillis(50) / results.get(3).percentileMillis(50)));
        report.add("Karaf's heap while each export ran (jstat, every 200 ms, young + old used): " + heaps + ".");
        report.add("Durations, REST: " + restDurations);
        report.add("Durations, SQL:  " + sqlDurations);
        report.add("ORS change, REST: " + restChange);
        report.add("ORS change, SQL:  " + sqlChange);
        boolean same = sameFigures(restDurations, sqlDurations) && sameFigures(restChange, sqlChange);
        report.add(same ? "Both give the same figures." : "THE ANSWERS DIFFER.");
        if (!same) {
            throw new IllegalStateException("the exports and the hand-written SQL differ:\n" + String.join("\n",
                    report.subList(report.size() - 5, report.size())));
        }
    }

    interface Measured {
        Load.Result run() throws Exception;
    }

    private static Load.Result heapSampled(Karaf karaf, List<String> heaps, Measured measured) throws Exception {
        ExportBenchmark.HeapSampler heap = new ExportBenchmark.HeapSampler(karaf.pid());
        heap.start();
        Load.Result result = measured.run();
        long peakKb = heap.stop();
        heaps.add(String.format("%s: peak %,d MB, GC %.1f s", result.name().replaceAll(" \\(CSV\\)", ""),
                peakKb / 1024, heap.gcSeconds()));
        return result;
    }

    /** @return the CSV's rows by their first two columns (joined by '/'), the other columns as they came */
    static Map<String, List<String>> csvRows(Karaf.Answer answer) {
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("export answered " + answer.statusCode() + ": " + answer.text());
        }
        Map<String, List<String>> rows = new TreeMap<>();
        boolean header = true;
        for (String line : answer.text().split("\r?\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            List<String> cells = List.of(line.split(",", -1));
            rows.put(cells.get(0) + "/" + cells.get(1), cells.subList(2, cells.size()));
        }
        return rows;
    }

    /**
     * The figures agree: every SQL row's values equal (as numbers where both are) the REST row's of the same key,
     * in order; the REST row may have more columns after them (percent, suppressed).
     */
    static boolean sameFigures(Map<String, List<String>> rest, Map<String, List<String>> sql) {
        if (!rest.keySet().equals(sql.keySet())) {
            return false;
        }
        for (Map.Entry<String, List<String>> e : sql.entrySet()) {
            List<String> r = rest.get(e.getKey());
            for (int i = 0; i < e.getValue().size(); i++) {
                String a = r.get(i).replace("\"", "");
                String b = e.getValue().get(i);
                if (a.equals(b)) {
                    continue;
                }
                try {
                    if (new BigDecimal(a).compareTo(new BigDecimal(b)) == 0) {
                        continue;
                    }
                } catch (NumberFormatException notNumbers) {
                    // differ
                }
                return false;
            }
        }
        return true;
    }

    /**
     * Umeå's durations by hand: PostgreSQL's {@code age()} for the whole months, {@code percentile_cont} for the
     * median. Keyed as the export's rows ({@code ONGOING/}, {@code ENDED/} and the status column's second cell).
     */
    static Map<String, List<String>> durationsBySql(String url, String asOf) throws Exception {
        String sql = "SELECT CASE WHEN ended THEN 'ENDED' ELSE 'ONGOING' END, COUNT(*), MIN(months), MAX(months),"
                + " ROUND(AVG(months), 2), percentile_cont(0.5) WITHIN GROUP (ORDER BY months)"
                + " FROM (SELECT ended, (EXTRACT(YEAR FROM age(last_day, start_day)) * 12"
                + " + EXTRACT(MONTH FROM age(last_day, start_day)))::int AS months"
                + " FROM (SELECT to_date(start_day::text, 'YYYYMMDD') AS start_day,"
                + " COALESCE(end_day <= ?, false) AS ended,"
                + " CASE WHEN end_day <= ? THEN to_date(end_day::text, 'YYYYMMDD') ELSE ?::date END AS last_day"
                + " FROM followup_enrolment WHERE template_code = 'ORS' AND status <> 'ANNULLED'"
                + " AND start_day <= ?) e) m GROUP BY ended";
        int day = Integer.parseInt(asOf.replace("-", ""));
        Map<String, List<String>> rows = new TreeMap<>();
        try (Connection c = ExportBenchmark.connect(url); PreparedStatement p = c.prepareStatement(sql)) {
            p.setInt(1, day);
            p.setInt(2, day);
            p.setObject(3, LocalDate.parse(asOf));
            p.setInt(4, day);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    rows.put(r.getString(1) + "/" + r.getLong(2), List.of(r.getString(3), r.getString(4),
                            r.getBigDecimal(5).toPlainString(), r.getBigDecimal(6).toPlainString()));
                }
            }
        }
        // the export's key is status/enrolments: the first two columns
        return rows;
    }

    /**
     * The ORS change by hand: each measurement's total, the first and the latest per enrolment by {@code DISTINCT
     * ON}, the age at the first by {@code age()}, ORS's thresholds written out (reliable change 5 from 18 years, 6
     * up to 17; clinical cutoff 25 from 18, 28 at 13-17, 32 at 6-12), counted per outcome. Keyed as the export's
     * rows ({@code group/outcome}), with enrolments and of.
     */
    static Map<String, List<String>> changeBySql(String url, String from, String to) throws Exception {
        String sql = "WITH t AS (SELECT r.id, r.enrolment_id, r.answered_on, r.sequence, SUM(a.number_value) AS total"
                + " FROM followup_response r JOIN followup_enrolment e ON e.id = r.enrolment_id"
                + " JOIN followup_answer a ON a.response_id = r.id"
                + " WHERE r.template_code = 'ORS' AND r.status = 'COMPLETED' AND e.status <> 'ANNULLED'"
                + " AND r.role = 'CLIENT' AND r.answered_on BETWEEN ? AND ?"
                + " AND a.link_id IN ('ors-individual', 'ors-relations', 'ors-social', 'ors-general')"
                + " GROUP BY r.id, r.enrolment_id, r.answered_on, r.sequence HAVING COUNT(*) = 4),"
                + " n AS (SELECT enrolment_id FROM t GROUP BY enrolment_id HAVING COUNT(*) >= 2),"
                + " f AS (SELECT DISTINCT ON (enrolment_id) enrolment_id, answered_on, total FROM t"
                + " ORDER BY enrolment_id, answered_on, sequence, id),"
                + " l AS (SELECT DISTINCT ON (enrolment_id) enrolment_id, total FROM t"
                + " ORDER BY enrolment_id, answered_on DESC, sequence DESC, id DESC),"
                + " m AS (SELECT f.total AS first, l.total AS latest, l.total - f.total AS change,"
                + " EXTRACT(YEAR FROM age(to_date(f.answered_on::text, 'YYYYMMDD'),"
                + " to_date(c.birth_day::text, 'YYYYMMDD')))::int AS age"
                + " FROM n JOIN f USING (enrolment_id) JOIN l USING (enrolment_id)"
                + " JOIN followup_enrolment e ON e.id = n.enrolment_id JOIN client c ON c.id = e.client_id),"
                + " k AS (SELECT *, CASE WHEN age >= 18 THEN 5 WHEN age <= 17 THEN 6 END AS rc,"
                + " CASE WHEN age >= 18 THEN 25 WHEN age BETWEEN 13 AND 17 THEN 28 WHEN age BETWEEN 6 AND 12 THEN 32"
                + " END AS cutoff FROM m),"
                + " o AS (SELECT CASE WHEN rc IS NULL THEN 'NOT_CLASSIFIED'"
                + " WHEN change >= rc THEN 'RELIABLY_IMPROVED' WHEN -change >= rc THEN 'RELIABLY_DETERIORATED'"
                + " ELSE 'NO_RELIABLE_CHANGE' END AS outcome, first, latest, cutoff FROM k)"
                + " SELECT outcome, COUNT(*), SUM(COUNT(*)) OVER (),"
                + " SUM(CASE WHEN outcome = 'RELIABLY_IMPROVED' AND first < cutoff AND latest >= cutoff THEN 1"
                + " ELSE 0 END) FROM o GROUP BY outcome";
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String outcome : List.of("RELIABLY_IMPROVED", "NO_RELIABLE_CHANGE", "RELIABLY_DETERIORATED",
                "NOT_CLASSIFIED")) {
            counts.put(outcome, 0L);
        }
        long of = 0;
        long recovered = 0;
        try (Connection c = ExportBenchmark.connect(url); PreparedStatement p = c.prepareStatement(sql)) {
            p.setInt(1, Integer.parseInt(from.replace("-", "")));
            p.setInt(2, Integer.parseInt(to.replace("-", "")));
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    counts.put(r.getString(1), r.getLong(2));
                    of = r.getLong(3);
                    recovered += r.getLong(4);
                }
            }
        }
        counts.put("RECOVERED", recovered);
        Map<String, List<String>> rows = new TreeMap<>();
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            rows.put("TOTAL/" + e.getKey(), List.of(Long.toString(e.getValue()), Long.toString(of)));
        }
        return rows;
    }

    /**
     * ORS enabled for the five units through the API, then straight into PostgreSQL: {@code enrolments} clients
     * (JDBC batches, valid numbers) each enrolled once, and {@code perEnrolment} client responses each (baseline,
     * then every four weeks), four decimal answers each, by {@code INSERT … SELECT generate_series}.
     *
     * @return the enrolments, responses and answers written
     */
    static long[] generate(Karaf karaf, String url, int enrolments, int perEnrolment) throws Exception {
        String[] units = {"BOSTOD_CENTRUM", "BOSTOD_NORR", "BOSTOD_OST", "BOSTOD_SODER", "BOSTOD_VAST"};
        long[] enablement = new long[units.length];
        for (int u = 0; u < units.length; u++) {
            Karaf.Answer enabled = karaf.post("/admin/followup-enablements", "admin", "{\"template\":\"ORS\","
                    + "\"unit\":\"" + units[u] + "\",\"from\":\"2024-01-01\"}");
            Matcher id = ID.matcher(enabled.text());
            if (enabled.statusCode() != 201 || !id.find()) {
                throw new IllegalStateException("enabling ORS for " + units[u] + " answered " + enabled.statusCode()
                        + ": " + enabled.text());
            }
            enablement[u] = Long.parseLong(id.group(1));
        }
        try (Connection c = ExportBenchmark.connect(url)) {
            c.setAutoCommit(false);
            try (PreparedStatement p = c.prepareStatement("INSERT INTO client (id, pin, birth_day, legal_gender)"
                    + " VALUES (?, ?, ?, ?)")) {
                for (int k = 0; k < enrolments; k++) {
                    String pin = pin(k, 880);
                    p.setLong(1, CLIENT_BASE + k);
                    p.setString(2, pin);
                    p.setInt(3, Integer.parseInt(pin.substring(0, 8)));
                    p.setString(4, (pin.charAt(10) - '0') % 2 == 1 ? "MALE" : "FEMALE");
                    p.addBatch();
                    if (k % 5000 == 4999) {
                        p.executeBatch();
                    }
                }
                p.executeBatch();
            }
            c.commit();
            int version;
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("SELECT template_version FROM followup_enablement WHERE id = "
                            + enablement[0])) {
                r.next();
                version = r.getInt(1);
            }
            String unitArray = "(ARRAY['" + String.join("','", units) + "'])";
            String enablementArray = "(ARRAY[" + java.util.Arrays.stream(enablement).mapToObj(Long::toString)
                    .collect(java.util.stream.Collectors.joining(",")) + "])";
            try (Statement s = c.createStatement()) {
                // started in 2025; four in ten ended after their last measurement (COMPLETED or DROPOUT), one in
                // fifty annulled, the rest ongoing
                s.executeUpdate("INSERT INTO followup_enrolment (id, enablement_id, template_code, template_version,"
                        + " unit_code, client_id, grant_id, responsible, start_day, end_day, end_reason, status,"
                        + " annulment_reason, revision, changed_by, changed_at)"
                        + " SELECT " + ENROLMENT_BASE + " + g, " + enablementArray + "[1 + g % 5], 'ORS', " + version
                        + ", " + unitArray + "[1 + g % 5], " + CLIENT_BASE + " + g, NULL, NULL,"
                        + " to_char(d.start, 'YYYYMMDD')::int,"
                        + " CASE WHEN g % 50 <> 49 AND g % 10 < 4 THEN to_char(d.start + 28 * " + (perEnrolment - 1)
                        + " + g % 60, 'YYYYMMDD')::int END,"
                        + " CASE WHEN g % 50 <> 49 AND g % 10 < 3 THEN 'COMPLETED'"
                        + " WHEN g % 50 <> 49 AND g % 10 = 3 THEN 'DROPOUT' END,"
                        + " CASE WHEN g % 50 = 49 THEN 'ANNULLED' WHEN g % 10 < 4 THEN 'ENDED' ELSE 'ONGOING' END,"
                        + " CASE WHEN g % 50 = 49 THEN 'generated' END, 1, 'generator', 0"
                        + " FROM generate_series(0, " + (enrolments - 1) + ") g"
                        + " CROSS JOIN LATERAL (SELECT date '2025-01-01' + ((g::bigint * 7919) % 365)::int AS start) d");
                c.commit();
                // the baseline on the first day, then every four weeks; one in 97 entered in error (no completed
                // key); the respondent is the client
                long responses = (long) enrolments * perEnrolment;
                for (long first = 0; first < responses; first += 250_000) {
                    long last = Math.min(responses, first + 250_000) - 1;
                    s.executeUpdate("INSERT INTO followup_response (id, enrolment_id, unit_code, client_id,"
                            + " template_code, template_version, occasion, sequence, role, answered_on, status,"
                            + " error_reason, completed_key, revision, changed_by, changed_at)"
                            + " SELECT " + RESPONSE_BASE + " + g, e.id, e.unit_code, e.client_id, 'ORS',"
                            + " e.template_version, o.occasion, o.sequence, 'CLIENT',"
                            + " to_char(to_date(e.start_day::text, 'YYYYMMDD') + 28 * (g % " + perEnrolment
                            + ")::int, 'YYYYMMDD')::int,"
                            + " CASE WHEN g % 97 = 0 THEN 'ENTERED_IN_ERROR' ELSE 'COMPLETED' END,"
                            + " CASE WHEN g % 97 = 0 THEN 'generated' END,"
                            + " CASE WHEN g % 97 <> 0 THEN e.id || '|' || o.occasion || '|' || o.sequence"
                            + " || '|CLIENT' END, 1, 'generator', 0"
                            + " FROM generate_series(" + first + ", " + last + ") g"
                            + " JOIN followup_enrolment e ON e.id = " + ENROLMENT_BASE + " + g / " + perEnrolment
                            + " CROSS JOIN LATERAL (SELECT CASE WHEN g % " + perEnrolment + " = 0 THEN 'baseline'"
                            + " ELSE 'every-4-weeks' END AS occasion,"
                            + " GREATEST(1, (g % " + perEnrolment + ")::int) AS sequence) o");
                    c.commit();
                }
                // four decimal answers 0-10 with one place; a third of the enrolments improve, a third worsen;
                // one response in 53 leaves the last question out (it then has no total)
                for (long first = 0; first < responses; first += 250_000) {
                    long last = Math.min(responses, first + 250_000) - 1;
                    s.executeUpdate("INSERT INTO followup_answer (response_id, ordinal, value_ordinal, link_id,"
                            + " group_instances, kind, code_system, code, display, number_value, int_value, date_day,"
                            + " bool_value, text_value)"
                            + " SELECT " + RESPONSE_BASE + " + g, i - 1, 0,"
                            + " (ARRAY['ors-individual', 'ors-relations', 'ors-social', 'ors-general'])[i], '',"
                            + " 'DECIMAL', NULL, NULL, NULL,"
                            + " LEAST(10, GREATEST(0, ROUND((((g / " + perEnrolment + ") * 13 + i * 7) % 71) / 10.0"
                            + " + CASE (g / " + perEnrolment + ") % 3 WHEN 0 THEN 0.25 WHEN 1 THEN -0.15 ELSE 0 END"
                            + " * (g % " + perEnrolment + "), 1))), NULL, NULL, NULL, NULL"
                            + " FROM generate_series(" + first + ", " + last + ") g CROSS JOIN generate_series(1, 4) i"
                            + " WHERE NOT (g % 53 = 0 AND i = 4)");
                    c.commit();
                }
                c.setAutoCommit(true);
                s.execute("VACUUM (ANALYZE) client");
                s.execute("VACUUM (ANALYZE) followup_enrolment");
                s.execute("VACUUM (ANALYZE) followup_response");
                s.execute("VACUUM (ANALYZE) followup_answer");
                s.execute("CHECKPOINT");
                long answers;
                // the generated responses' only (the submission's baseline wrote rows above them)
                try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM followup_answer WHERE response_id BETWEEN "
                        + RESPONSE_BASE + " AND " + (RESPONSE_BASE + responses - 1))) {
                    r.next();
                    answers = r.getLong(1);
                }
                return new long[] {enrolments, responses, answers};
            }
        }
    }
}
