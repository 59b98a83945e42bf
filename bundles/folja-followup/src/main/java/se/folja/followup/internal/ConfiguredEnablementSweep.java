package se.folja.followup.internal;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.util.Dictionary;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At start, disables every enablement whose configuration is gone, and deletes every configuration whose file is
 * gone.
 *
 * <p>A file of {@code etc/} deleted while Karaf was down leaves its configuration behind: Config Admin keeps it
 * (in Karaf's {@code data/}), and FileInstall, which learns of files only by scanning, never knew the file and
 * deletes nothing. Such a configuration still names its file ({@value #FILEINSTALL_FILENAME}); this sweep deletes
 * it, as FileInstall would have, so that Declarative Services deactivates its {@link ConfiguredEnablement} for a
 * deleted configuration, which disables the enablement. An enablement whose configuration was deleted while
 * {@link ConfiguredEnablements} was not registered is disabled here directly.
 *
 * <p>The stored enablements are read before the configurations are listed: a configuration created meanwhile has
 * no enablement among those read, so none is disabled for being too new.
 */
@Component(immediate = true, service = {})
public final class ConfiguredEnablementSweep {

    /** The property in which FileInstall keeps the file a configuration was read from, as a {@code file:} URI. */
    static final String FILEINSTALL_FILENAME = "felix.fileinstall.filename";

    private static final Logger LOG = LoggerFactory.getLogger(ConfiguredEnablementSweep.class);

    @Activate
    public ConfiguredEnablementSweep(@Reference ConfigurationAdmin configurationAdmin,
            @Reference ConfiguredEnablements enablements) {
        sweep(configurationAdmin, enablements);
    }

    /** @return the PIDs whose enablements were disabled, or whose configurations were deleted */
    static List<String> sweep(ConfigurationAdmin configurationAdmin, ConfiguredEnablements enablements) {
        List<String> configured = enablements.configured();
        Set<String> existing = new HashSet<>();
        Set<String> deleted = new HashSet<>();
        try {
            Configuration[] configurations = configurationAdmin.listConfigurations(
                    "(" + ConfigurationAdmin.SERVICE_FACTORYPID + "=" + ConfiguredEnablement.FACTORY_PID + ")");
            for (Configuration configuration : configurations == null ? new Configuration[0] : configurations) {
                Dictionary<String, Object> properties = configuration.getProperties();
                if (properties != null && fileGone(properties.get(FILEINSTALL_FILENAME))) {
                    configuration.delete();
                    deleted.add(configuration.getPid());
                    LOG.info("Configuration {} deleted: its file was removed while Karaf was not running",
                            configuration.getPid());
                } else {
                    existing.add(configuration.getPid());
                }
            }
        } catch (IOException | InvalidSyntaxException | IllegalStateException e) {
            LOG.warn("Enablements of deleted configurations not looked for: Config Admin did not list or delete"
                    + " the configurations ({})", e.getClass().getSimpleName());
            return List.copyOf(deleted);
        }
        Set<String> gone = new HashSet<>(deleted);
        for (String pid : configured) {
            if (!existing.contains(pid)) {
                gone.add(pid);
                enablements.unconfigure(pid).ifPresent(e -> LOG.info(
                        "Enablement {} disabled: its configuration {} is gone", e.id(), pid));
            }
        }
        return gone.stream().sorted().toList();
    }

    /**
     * @param fileName the configuration's {@value #FILEINSTALL_FILENAME}, null if it has none
     * @return whether FileInstall read the configuration from a file that no longer exists
     */
    static boolean fileGone(Object fileName) {
        if (!(fileName instanceof String text) || text.isBlank()) {
            return false;
        }
        try {
            File file = text.startsWith("file:") ? new File(URI.create(text)) : new File(text);
            return !file.exists();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
