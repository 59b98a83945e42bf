package se.folja.itests;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Ends a test run that hangs, with the evidence. A run of the area tests takes a minute or two; when it has not
 * ended after {@value #SECONDS_PROPERTY} seconds (600 unless set), the watchdog writes what every thread of the test
 * driver and of each Java process it started (the Karaf under test) is doing, and what the test PostgreSQL's
 * sessions wait for, into {@code target/hang-*.txt}; then it stops those processes, so that Pax Exam fails the
 * remaining tests instead of waiting for them for ever, and at last ends this JVM if even that does not end it.
 * .ci/run prints the file when the build fails.
 */
final class Watchdog {

    static final String SECONDS_PROPERTY = "folja.itest.watchdogSeconds";
    private static final Duration GRACE = Duration.ofMinutes(2);

    private Watchdog() {
    }

    /** Starts the watchdog of this JVM's run; a daemon thread, so a run that ends in time is not held up. */
    static void start(String run) {
        Duration limit = Duration.ofSeconds(Long.getLong(SECONDS_PROPERTY, 600));
        Thread thread = new Thread(() -> watch(run, limit), "folja-itest-watchdog");
        thread.setDaemon(true);
        thread.start();
    }

    private static void watch(String run, Duration limit) {
        try {
            Thread.sleep(limit.toMillis());
            Path file = Path.of("target", "hang-" + run + "-" + Instant.now().toEpochMilli() + ".txt");
            Files.writeString(file, evidence(run, limit), StandardCharsets.UTF_8);
            System.err.println("The watchdog ended a hanging run after " + limit + ": " + file.toAbsolutePath());
            List<ProcessHandle> started = ProcessHandle.current().descendants().filter(Watchdog::isJava).toList();
            started.forEach(ProcessHandle::destroy);
            Thread.sleep(GRACE.toMillis());
            started.forEach(ProcessHandle::destroyForcibly);
            Thread.sleep(GRACE.toMillis());
            Runtime.getRuntime().halt(3);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String evidence(String run, Duration limit) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        out.println("Run " + run + " had not ended after " + limit + " (" + Instant.now() + ")");
        out.println();
        out.println("=== Threads of the test driver, pid " + ProcessHandle.current().pid());
        for (ThreadInfo thread : ManagementFactory.getThreadMXBean().dumpAllThreads(true, true)) {
            out.print(fullStack(thread));
        }
        ProcessHandle.current().descendants().filter(Watchdog::isJava).forEach(process -> {
            out.println("=== Threads of pid " + process.pid() + ": "
                    + process.info().commandLine().orElse("?").replaceAll("(.{300}).*", "$1…"));
            out.println(threadsOf(process));
        });
        out.println("=== The end of each Karaf's log under target/pax-exam");
        out.println(karafLogs());
        out.println("=== Sessions of the test PostgreSQL");
        out.println(postgresSessions());
        out.flush();
        return text.toString();
    }

    private static String karafLogs() {
        StringBuilder logs = new StringBuilder();
        try (Stream<Path> runs = Files.list(Path.of("target", "pax-exam"))) {
            for (Path log : runs.map(run -> run.resolve("data/log/karaf.log")).filter(Files::isRegularFile).toList()) {
                List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
                logs.append("--- ").append(log).append(" (").append(lines.size()).append(" lines; WARN and ERROR, then"
                        + " the last 200)\n");
                lines.stream().filter(line -> line.contains("| WARN ") || line.contains("| ERROR"))
                        .forEach(line -> logs.append(line).append('\n'));
                logs.append("...\n");
                lines.subList(Math.max(0, lines.size() - 200), lines.size())
                        .forEach(line -> logs.append(line).append('\n'));
            }
        } catch (IOException | UncheckedIOException e) {
            logs.append("(no Karaf log: ").append(e).append(')');
        }
        return logs.toString();
    }

    private static boolean isJava(ProcessHandle process) {
        return process.info().command().map(command -> command.endsWith("/java")).orElse(false);
    }

    private static String threadsOf(ProcessHandle process) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Process dump = new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), "Thread.print", "-l")
                    .redirectErrorStream(true).start();
            String printed = new String(dump.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return dump.waitFor(1, TimeUnit.MINUTES) ? printed : printed + "\n(jcmd did not end)";
        } catch (IOException e) {
            return "(no thread dump: " + e + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "(interrupted)";
        }
    }

    private static String postgresSessions() {
        if (!TestPostgres.started()) {
            return "(not started in this run)";
        }
        StringBuilder sessions = new StringBuilder();
        try (Connection connection = DriverManager.getConnection(TestPostgres.jdbcUrl(), TestPostgres.USER,
                TestPostgres.PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(30);
            try (ResultSet rows = statement.executeQuery("SELECT pid, state, wait_event_type, wait_event, xact_start,"
                    + " pg_blocking_pids(pid) AS blocked_by, left(query, 300) AS query FROM pg_stat_activity"
                    + " WHERE datname IS NOT NULL ORDER BY pid")) {
                while (rows.next()) {
                    sessions.append(rows.getInt("pid")).append(" | ").append(rows.getString("state"))
                            .append(" | ").append(rows.getString("wait_event_type")).append('/')
                            .append(rows.getString("wait_event")).append(" | since ")
                            .append(rows.getString("xact_start")).append(" | blocked by ")
                            .append(rows.getString("blocked_by")).append(" | ").append(rows.getString("query"))
                            .append('\n');
                }
            }
        } catch (SQLException e) {
            sessions.append("(no sessions: ").append(e.getMessage()).append(')');
        }
        return sessions.toString();
    }

    private static String fullStack(ThreadInfo thread) {
        // ThreadInfo.toString() prints eight frames at most: a hang needs the whole stack
        StringBuilder stack = new StringBuilder("\"" + thread.getThreadName() + "\" " + thread.getThreadState());
        if (thread.getLockName() != null) {
            stack.append(" on ").append(thread.getLockName());
        }
        if (thread.getLockOwnerName() != null) {
            stack.append(" owned by \"").append(thread.getLockOwnerName()).append('"');
        }
        stack.append('\n');
        for (StackTraceElement frame : thread.getStackTrace()) {
            stack.append("\tat ").append(frame).append('\n');
        }
        return stack.append('\n').toString();
    }
}
