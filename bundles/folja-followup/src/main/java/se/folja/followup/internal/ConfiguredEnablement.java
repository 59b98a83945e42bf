package se.folja.followup.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.folja.api.ValidationException;
import se.folja.api.followup.EnableRequest;

/**
 * An enablement from a Config Admin factory configuration ({@code etc/se.folja.followup.enablement-<name>.cfg}):
 * applied when the configuration appears or changes, unchanged at a restart (nothing is stored then), disabled
 * when the configuration is deleted. A component being deactivated for any other reason — Karaf stopping, the
 * bundle updated, {@link ConfiguredEnablements} gone — leaves the enablement alone; a configuration deleted while
 * this component could not see it is caught by {@link ConfiguredEnablementSweep} at the next start. A configuration
 * whose file was removed while Karaf was down outlives its file in Config Admin: it is not applied, and the sweep
 * deletes it.
 */
@Component(configurationPid = ConfiguredEnablement.FACTORY_PID, configurationPolicy = ConfigurationPolicy.REQUIRE,
        immediate = true, service = {})
@Designate(ocd = EnablementConfig.class, factory = true)
public final class ConfiguredEnablement {

    static final String FACTORY_PID = "se.folja.followup.enablement";

    /**
     * {@code org.osgi.service.component.ComponentConstants.DEACTIVATION_REASON_CONFIGURATION_DELETED}, whose value
     * Declarative Services fixes (4, since DS 1.1); the constant's package is not on this bundle's build path, and
     * a compiler would copy the value in anyway.
     */
    static final int DEACTIVATION_REASON_CONFIGURATION_DELETED = 4;

    private static final Logger LOG = LoggerFactory.getLogger(ConfiguredEnablement.class);

    private final ConfiguredEnablements enablements;
    private final String pid;

    @Activate
    public ConfiguredEnablement(@Reference ConfiguredEnablements enablements, EnablementConfig config,
            Map<String, Object> properties) {
        this.enablements = enablements;
        this.pid = String.valueOf(properties.get("service.pid"));
        if (ConfiguredEnablementSweep.fileGone(properties.get(ConfiguredEnablementSweep.FILEINSTALL_FILENAME))) {
            // left behind by a file removed while Karaf was down: the sweep deletes it, which disables the enablement
            LOG.info("Enablement configuration {} not applied: its file was removed", pid);
            return;
        }
        apply(config);
    }

    @Modified
    void apply(EnablementConfig config) {
        ValidationException.Builder errors = ValidationException.builder();
        EnableRequest request = request(config, errors);
        if (!errors.isEmpty()) {
            LOG.warn("Enablement configuration {} not applied: {}", pid, DefaultEnablements.fields(errors.errors()));
            return;
        }
        enablements.configure(pid, request);
    }

    @Deactivate
    void deactivate(int reason) {
        if (reason == DEACTIVATION_REASON_CONFIGURATION_DELETED) {
            enablements.unconfigure(pid);
        }
    }

    /**
     * Reads the configuration's text values: blank is absent, {@code version} 0 is the latest.
     *
     * @return the request, or null if an error was added
     */
    static EnableRequest request(EnablementConfig config, ValidationException.Builder errors) {
        Integer version = null;
        String versionText = text(config.version());
        if (versionText != null) {
            try {
                int number = Integer.parseInt(versionText);
                if (number < 0) {
                    errors.add("version", "must be empty, 0 (the latest) or a version number");
                } else if (number > 0) {
                    version = number;
                }
            } catch (NumberFormatException e) {
                errors.add("version", "must be empty, 0 (the latest) or a version number");
            }
        }
        LocalDate from = day("from", config.from(), errors);
        LocalDate to = day("to", config.to(), errors);
        return errors.isEmpty() ? new EnableRequest(text(config.template()), version, text(config.unit()), from, to)
                : null;
    }

    private static LocalDate day(String field, String value, ValidationException.Builder errors) {
        String text = text(value);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(field, "must be a date yyyy-mm-dd, or empty");
            return null;
        }
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
