package se.folja.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Properties;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives Följa its default database, the embedded H2 under {@code ${karaf.data}/folja}, when the host has
 * configured none: creates the pax-jdbc-config factory configuration {@code org.ops4j.datasource~folja}
 * through Config Admin, from the defaults packed in this bundle. A configuration the host made — a file
 * {@code etc/org.ops4j.datasource-folja.cfg}, read by Felix FileInstall into that same configuration, or any
 * {@code org.ops4j.datasource} configuration with {@code dataSourceName=folja} — is never touched.
 *
 * <p>This replaces a feature {@code <configfile>}: Karaf writes such a file into {@code etc/} while FileInstall
 * watches the directory, and FileInstall may read it half written and write the empty configuration back
 * (FELIX-6515, Karaf #2805). Nothing is written to {@code etc/} here, so there is nothing to race.
 */
@Component(immediate = true)
public final class DefaultDataSourceConfiguration {

    static final String FACTORY_PID = "org.ops4j.datasource";
    static final String NAME = "folja";
    /** The defaults: the same file the features repository attaches as {@code cfg/datasource-h2}. */
    static final String DEFAULTS = "org.ops4j.datasource-folja.cfg";

    private static final Logger LOG = LoggerFactory.getLogger(DefaultDataSourceConfiguration.class);
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([^}:]+)}");

    @Activate
    public DefaultDataSourceConfiguration(@Reference ConfigurationAdmin configurationAdmin, BundleContext context)
            throws IOException, InvalidSyntaxException {
        if (createIfAbsent(configurationAdmin, defaults(), context::getProperty)) {
            LOG.info("No database configured for Följa: created {}~{} for the embedded H2 database",
                    FACTORY_PID, NAME);
        }
    }

    /**
     * @param variables the values of {@code ${name}} in the defaults, e.g. {@code karaf.data}
     * @return whether the configuration was created (false: the host has one)
     */
    static boolean createIfAbsent(ConfigurationAdmin admin, Properties defaults, UnaryOperator<String> variables)
            throws IOException, InvalidSyntaxException {
        Configuration[] existing = admin.listConfigurations(
                "(&(service.factoryPid=" + FACTORY_PID + ")(dataSourceName=" + NAME + "))");
        if (existing != null && existing.length > 0) {
            return false;
        }
        // The named factory configuration FileInstall also uses for etc/org.ops4j.datasource-folja.cfg: a file
        // the host adds later updates this configuration instead of making a second DataSource.
        Configuration configuration = admin.getFactoryConfiguration(FACTORY_PID, NAME, "?");
        if (configuration.getProperties() != null) {
            return false;
        }
        Dictionary<String, Object> properties = new Hashtable<>();
        for (String key : defaults.stringPropertyNames()) {
            properties.put(key, interpolated(defaults.getProperty(key), variables));
        }
        configuration.update(properties);
        return true;
    }

    static Properties defaults() {
        Properties defaults = new Properties();
        try (InputStream in = DefaultDataSourceConfiguration.class.getResourceAsStream(DEFAULTS)) {
            if (in == null) {
                throw new IllegalStateException("the bundle lacks its " + DEFAULTS);
            }
            defaults.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return defaults;
    }

    static String interpolated(String value, UnaryOperator<String> variables) {
        Matcher matcher = VARIABLE.matcher(value);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String replacement = variables.apply(matcher.group(1));
            if (replacement == null) {
                throw new IllegalStateException("no value for ${" + matcher.group(1) + "} in " + DEFAULTS);
            }
            matcher.appendReplacement(result, Matcher.quoteReplacement(replacement));
        }
        return matcher.appendTail(result).toString();
    }
}
