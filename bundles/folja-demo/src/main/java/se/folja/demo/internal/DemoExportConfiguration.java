package se.folja.demo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Properties;

import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives the demo a pseudonym key for the record exports when none is configured: creates the configuration
 * {@code se.folja.export} through Config Admin, from the demo values packed in this bundle. A configuration the
 * host has (e.g. {@code etc/se.folja.export.cfg}, which FileInstall reads into the same PID) is never touched;
 * nothing is written to {@code etc/}, so nothing races FileInstall (see docs/stack-pitfalls.md).
 */
@Component(immediate = true)
public final class DemoExportConfiguration {

    static final String PID = "se.folja.export";
    static final String DEFAULTS = "se.folja.export.cfg";

    private static final Logger LOG = LoggerFactory.getLogger(DemoExportConfiguration.class);

    @Activate
    public DemoExportConfiguration(@Reference ConfigurationAdmin configurationAdmin) throws IOException {
        if (createIfAbsent(configurationAdmin, defaults())) {
            LOG.info("Följa demo: the record exports use the demo pseudonym key; a host sets its own in {}", PID);
        }
    }

    /** @return whether the configuration was created (false: there is one) */
    static boolean createIfAbsent(ConfigurationAdmin admin, Properties defaults) throws IOException {
        Configuration configuration = admin.getConfiguration(PID, "?");
        if (configuration.getProperties() != null) {
            return false;
        }
        Dictionary<String, Object> properties = new Hashtable<>();
        defaults.stringPropertyNames().forEach(key -> properties.put(key, defaults.getProperty(key)));
        configuration.update(properties);
        return true;
    }

    static Properties defaults() throws IOException {
        Properties defaults = new Properties();
        try (InputStream in = DemoExportConfiguration.class.getResourceAsStream(DEFAULTS)) {
            if (in == null) {
                throw new IOException("the bundle lacks its " + DEFAULTS);
            }
            defaults.load(in);
        }
        return defaults;
    }
}
