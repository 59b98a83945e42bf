package se.folja.testsupport;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A copy of the demo assembly run as its own process, beside any other Karaf on the machine: the assembly (without
 * its {@code data/}) copied to a home of its own, HTTP, SSH and RMI moved to free ports. Started either in the
 * foreground ({@link #startServer(String)}: {@code bin/karaf server} with {@code KARAF_EXEC=exec}, so the started
 * process is the Karaf JVM itself, which {@link #kill()} can SIGKILL and a shutdown hook stops if this JVM ends
 * first) or in the background with its own scripts ({@link #runScript(String)}: {@code bin/start}, {@code bin/stop}).
 * It speaks no HTTP itself: each user brings its own client and says with {@link #await} when it is ready.
 */
public final class KarafCopy implements AutoCloseable {

    /** A readiness check; an {@link IOException} means "not listening yet". */
    @FunctionalInterface
    public interface Condition {
        boolean holds() throws Exception;
    }

    private final Path home;
    private final int httpPort;
    private final Map<String, String> environment = new HashMap<>();
    private final Thread stopper = new Thread(this::destroy, "stop Karaf on exit");
    private boolean hooked;
    private Process process;

    /** Copies {@code assembly} (without its {@code data/}) to {@code home} and moves its ports to free ones. */
    public KarafCopy(Path assembly, Path home) throws IOException {
        if (!Files.isExecutable(assembly.resolve("bin/karaf"))) {
            throw new IllegalStateException("no demo assembly at " + assembly + ": build it first (mvn install)");
        }
        this.home = home;
        copy(assembly, home);
        httpPort = freePort();
        setProperty("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", Integer.toString(httpPort));
        setProperty("etc/org.apache.karaf.shell.cfg", "sshPort", Integer.toString(freePort()));
        setProperty("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", Integer.toString(freePort()));
        setProperty("etc/org.apache.karaf.management.cfg", "rmiServerPort", Integer.toString(freePort()));
    }

    public Path home() {
        return home;
    }

    public int httpPort() {
        return httpPort;
    }

    /** {@code http://localhost:PORT}, the origin every page and the API are served from. */
    public String origin() {
        return "http://localhost:" + httpPort;
    }

    /** An environment variable for Karaf's scripts, e.g. the database the PostgreSQL datasource file reads. */
    public void environment(String name, String value) {
        environment.put(name, value);
    }

    /**
     * Sets {@code key = value} in the properties file {@code file} (relative to the home), replacing every line
     * that set the key before; the file is created if missing.
     */
    public void setProperty(String file, String key, String value) throws IOException {
        Path path = home.resolve(file);
        String config = Files.exists(path) ? Files.readString(path) : "";
        Files.writeString(path, config.replaceAll("(?m)^\\s*" + key.replace(".", "\\.") + "\\s*=.*$", "")
                + "\n" + key + " = " + value + "\n");
    }

    /**
     * Starts {@code bin/karaf server} in the foreground, its console in {@code consoleLog} (relative to the home),
     * and returns at once; {@link #await} says when it is ready. A shutdown hook SIGKILLs it should this JVM end
     * before {@link #close()} (e.g. the build's fork timed out): the Karaf JVM must not outlive it.
     */
    public void startServer(String consoleLog) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server")
                .directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(home.resolve(consoleLog).toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("KARAF_EXEC", "exec");
        builder.environment().putAll(environment);
        process = builder.start();
        if (!hooked) {
            Runtime.getRuntime().addShutdownHook(stopper);
            hooked = true;
        }
    }

    /**
     * Polls {@code ready} every {@code interval} until it holds; fails with {@code failure} after {@code patience},
     * or at once if the Karaf started by {@link #startServer(String)} exits.
     */
    public void await(Condition ready, Duration patience, Duration interval, String failure) throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            if (process != null && !process.isAlive()) {
                throw new IllegalStateException("Karaf exited with " + process.exitValue() + ", see " + home);
            }
            try {
                if (ready.holds()) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(interval.toMillis());
        }
        throw new IllegalStateException(failure);
    }

    /**
     * The Karaf JVM itself: the started process is the {@code java} that {@code bin/karaf} exec'd, and the pid
     * Karaf wrote into {@code karaf.pid} is its own.
     */
    public ProcessHandle jvm() throws IOException {
        String command = process.info().command().orElse("");
        if (!command.endsWith("/java")) {
            throw new IllegalStateException("the started process is " + command + ", not the JVM");
        }
        long written = pid();
        if (written != process.pid()) {
            throw new IllegalStateException("karaf.pid says " + written + ", the started process is " + process.pid());
        }
        return process.toHandle();
    }

    /** SIGKILL to the Karaf JVM; returns its exit status once it is gone (137: killed by signal 9). */
    public int kill() throws Exception {
        jvm();
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("Karaf outlived SIGKILL");
        }
        return process.exitValue();
    }

    /** The process id Karaf wrote into {@code karaf.pid}. */
    public long pid() throws IOException {
        return Long.parseLong(Files.readString(home.resolve("karaf.pid")).strip());
    }

    /**
     * Runs one of Karaf's scripts, e.g. {@code start} or {@code stop}, with the environment given, its output
     * discarded, and waits until the script returns ({@code bin/start} returns once Karaf runs in the background).
     */
    public void runScript(String script) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/" + script).toString()).directory(home.toFile());
        builder.environment().putAll(environment);
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
    }

    /**
     * Stops the Karaf started by {@link #startServer(String)}: {@code bin/stop}, a minute's patience, then SIGKILL.
     * Nothing for one started with {@link #runScript(String)}: run {@code stop} for that.
     */
    @Override
    public void close() throws Exception {
        if (process == null) {
            return;
        }
        if (hooked) {
            try {
                Runtime.getRuntime().removeShutdownHook(stopper);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs anyway
            }
            hooked = false;
        }
        if (process.isAlive()) {
            new ProcessBuilder(home.resolve("bin/stop").toString()).directory(home.toFile())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start()
                    .waitFor(60, TimeUnit.SECONDS);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    private void destroy() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
        }
    }

    /** {@code Basic …} for a demo user, whose password is the user name. */
    public static String basicAuthorization(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    }

    /** A port free now on this machine. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Replaces {@code to} with a copy of {@code from}, without {@code from}'s {@code data/}. */
    static void copy(Path from, Path to) throws IOException {
        if (Files.exists(to)) {
            try (Stream<Path> old = Files.walk(to)) {
                old.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
            }
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path relative = from.relativize(source);
                if (relative.startsWith("data")) {
                    continue;
                }
                Path target = to.resolve(relative.toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
