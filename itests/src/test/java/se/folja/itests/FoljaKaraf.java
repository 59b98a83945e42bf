package se.folja.itests;

import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption;
import org.ops4j.pax.exam.options.extra.VMOption;

/**
 * The Pax Exam configurations of the tests, in the test driver: the demo assembly on the database of the run
 * ({@link #options()}) and a stock Apache Karaf ({@link #stockKaraf(String)}). The area tests share one
 * container per run ({@code PerSuite}, see {@link AreasIT}); the database is chosen per run by the system
 * property {@value #DATABASE}: {@code h2} (the default) or {@code postgres}, for which the driver starts a
 * real PostgreSQL ({@link TestPostgres}). itests/pom.xml runs the area tests once on each.
 */
final class FoljaKaraf {

    /** The system property that chooses the database of the run: {@code h2} or {@code postgres}. */
    static final String DATABASE = "folja.itest.db";
    /** The system property that tells the tests inside the container Följa's HTTP port. */
    static final String PORT_PROPERTY = "folja.test.httpPort";

    private static Option[] areaOptions;

    private FoljaKaraf() {
    }

    /**
     * The demo assembly as built, on the database of the run; the same options for every area test class of a
     * run, as Pax Exam's {@code PerSuite} strategy requires (one container for all of them).
     */
    static synchronized Option[] options() {
        if (areaOptions == null) {
            String database = database();
            List<Option> options = baseOptions(System.getProperty("folja.assembly"), "folja-" + database);
            options.add(systemProperty(ReadmeRecipes.README).value(new File("../README.md").getAbsolutePath()));
            // a host journal on another origin whose pages call Följa with the session cookie (CORS with credentials)
            options.add(editConfigurationFilePut("etc/se.folja.security.cfg", "allowedOrigins", TestData.ALLOWED_ORIGIN));
            if (database.equals("postgres")) {
                // the same datasource file a production host edits
                String cfg = "etc/org.ops4j.datasource-folja.cfg";
                options.addAll(List.of(
                        editConfigurationFilePut(cfg, "osgi.jdbc.driver.name", "PostgreSQL JDBC Driver"),
                        editConfigurationFilePut(cfg, "url", TestPostgres.jdbcUrl()),
                        editConfigurationFilePut(cfg, "user", TestPostgres.USER),
                        editConfigurationFilePut(cfg, "password", TestPostgres.PASSWORD),
                        editConfigurationFilePut(cfg, "dataSourceName", "folja"),
                        editConfigurationFilePut(cfg, "pool", "dbcp2"),
                        editConfigurationFilePut(cfg, "xa", "true")));
            }
            areaOptions = options.toArray(Option[]::new);
        }
        return areaOptions;
    }

    /** @return {@code h2} or {@code postgres}, from {@value #DATABASE} */
    static String database() {
        String database = System.getProperty(DATABASE, "h2").trim().toLowerCase(Locale.ROOT);
        if (!database.equals("h2") && !database.equals("postgres")) {
            throw new IllegalArgumentException(DATABASE + " must be h2 or postgres, not " + database);
        }
        return database;
    }

    /** A stock Apache Karaf as a host has it, whose own realm grants the Följa roles to the host's users. */
    static Option[] stockKaraf(String name, String staff, String admin, String password) {
        List<Option> options = baseOptions(System.getProperty("folja.stockKaraf"), name);
        options.addAll(List.of(
                systemProperty("folja.version").value(System.getProperty("folja.version")),
                editConfigurationFilePut("etc/users.properties", staff, password + ",folja-staff"),
                editConfigurationFilePut("etc/users.properties", admin, password + ",folja-admin")));
        return options.toArray(Option[]::new);
    }

    /** Options every Följa test needs: the distribution, free ports, the build's Maven repository, JDK 17. */
    private static List<Option> baseOptions(String distributionArchive, String name) {
        String karafVersion = System.getProperty("karaf.version");
        int httpPort = freePort();
        List<Option> options = new ArrayList<>(List.of(
                karafDistributionConfiguration()
                        .frameworkUrl("file:" + new File(distributionArchive).getAbsolutePath())
                        .name(name)
                        .unpackDirectory(new File("target/pax-exam"))
                        .useDeployFolder(false),
                configureConsole().ignoreLocalConsole().ignoreRemoteShell(),
                logLevel(LogLevelOption.LogLevel.INFO),
                systemProperty(PORT_PROPERTY).value(Integer.toString(httpPort)),
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port",
                        Integer.toString(httpPort)),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort",
                        Integer.toString(freePort())),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort",
                        Integer.toString(freePort())),
                editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", Integer.toString(freePort())),
                editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository",
                        System.getProperty("maven.localRepository")),
                // Staff of the units the tests make, beside the demo users (properties realm: password, roles)
                editConfigurationFilePut("etc/users.properties", TestData.NORTH_STAFF,
                        TestData.NORTH_STAFF + ",folja-staff,folja-unit-" + TestData.NORTH + ",folja-unit-"
                                + TestData.GHOST),
                editConfigurationFilePut("etc/users.properties", TestData.SOUTH_STAFF,
                        TestData.SOUTH_STAFF + ",folja-staff,folja-unit-" + TestData.SOUTH),
                editConfigurationFilePut("etc/users.properties", TestData.FOLLOW_UP_STAFF,
                        TestData.FOLLOW_UP_STAFF + ",folja-staff,folja-unit-" + TestData.FOLLOW_UP),
                editConfigurationFilePut("etc/users.properties", TestData.HYPHENATED_STAFF,
                        TestData.HYPHENATED_STAFF + ",folja-staff,folja-unit-" + TestData.HYPHENATED),
                // Write-backs retried every half second at most, so that a test sees the journal come back soon
                editConfigurationFilePut("etc/se.folja.nondelivery.cfg", "pollIntervalMillis", "200"),
                editConfigurationFilePut("etc/se.folja.nondelivery.cfg", "firstRetryMillis", "200"),
                editConfigurationFilePut("etc/se.folja.nondelivery.cfg", "maxRetryMillis", "500")));
        options.addAll(java17Options(karafVersion));
        return options;
    }

    /** What Karaf's own bin/karaf passes to a Java 9+ JVM; Pax Exam starts java itself. */
    private static List<Option> java17Options(String karafVersion) {
        List<Option> options = new ArrayList<>();
        for (String option : List.of(
                "--add-reads=java.xml=java.logging",
                "--add-exports=java.base/org.apache.karaf.specs.locator=java.xml,ALL-UNNAMED",
                "--patch-module", "java.base=lib/endorsed/org.apache.karaf.specs.locator-" + karafVersion + ".jar",
                "--patch-module", "java.xml=lib/endorsed/org.apache.karaf.specs.java.xml-" + karafVersion + ".jar",
                "--add-opens", "java.base/java.security=ALL-UNNAMED",
                "--add-opens", "java.base/java.net=ALL-UNNAMED",
                "--add-opens", "java.base/java.lang=ALL-UNNAMED",
                "--add-opens", "java.base/java.util=ALL-UNNAMED",
                "--add-opens", "java.naming/javax.naming.spi=ALL-UNNAMED",
                "--add-opens", "java.rmi/sun.rmi.transport.tcp=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.protocol.file=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.protocol.ftp=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.protocol.http=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.protocol.https=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.protocol.jar=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.content.text=ALL-UNNAMED",
                "--add-exports=jdk.xml.dom/org.w3c.dom.html=ALL-UNNAMED",
                "--add-exports=jdk.naming.rmi/com.sun.jndi.url.rmi=ALL-UNNAMED",
                "-classpath", "lib/jdk9plus/*" + File.pathSeparator + "lib/boot/*" + File.pathSeparator + "lib/endorsed/*",
                "-Xmx768m")) {
            options.add(new VMOption(option));
        }
        return options;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port", e);
        }
    }
}
