package se.folja.followup.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

import se.folja.api.Actor;
import se.folja.api.FieldError;
import se.folja.api.ValidationException;
import se.folja.api.followup.EnableRequest;
import se.folja.api.followup.Enablement;
import se.folja.api.followup.EnablementSource;
import se.folja.api.followup.EnablementStatus;

/**
 * The factory configuration's component and the sweep at start, over the real service and in-memory stores: what
 * Config Admin does to a configuration is what happens to its enablement.
 */
class ConfiguredEnablementTest {

    private static final String PID = "se.folja.followup.enablement~ors-norr";
    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");

    /** DS's reasons for a deactivation other than a deleted configuration (ComponentConstants, DS 1.4). */
    private static final int[] OTHER_REASONS = {0, 1, 2, 3, 5, 6};

    private final TestClock clock = new TestClock(NOW);
    private final Memory.Lists lists = new Memory.Lists();
    private final Memory.Templates templateStore = new Memory.Templates();
    private final Memory.Enablements store = new Memory.Enablements(templateStore, lists);
    private DefaultEnablements enablements;

    @BeforeEach
    void builtInTemplates() {
        DefaultFollowUpTemplates templates = new DefaultFollowUpTemplates(new JsonTemplateReader(), templateStore,
                lists, clock);
        templates.storeBuiltIns(BuiltInTemplates.shipped());
        enablements = new DefaultEnablements(store, templates, lists, clock);
    }

    static EnablementConfig config(String template, String version, String unit, String from, String to) {
        return new EnablementConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return EnablementConfig.class;
            }

            @Override
            public String template() {
                return template;
            }

            @Override
            public String version() {
                return version;
            }

            @Override
            public String unit() {
                return unit;
            }

            @Override
            public String from() {
                return from;
            }

            @Override
            public String to() {
                return to;
            }
        };
    }

    private ConfiguredEnablement activate(String pid, EnablementConfig config) {
        return new ConfiguredEnablement(enablements, config, Map.of("service.pid", pid,
                "service.factoryPid", ConfiguredEnablement.FACTORY_PID));
    }

    private Enablement stored() {
        assertEquals(1, store.all().size());
        return store.all().get(0);
    }

    // ---------------------------------------------------------------- the component

    @Test
    void aNewConfigurationEnablesItsTemplateForItsUnitAsTheConfiguration() {
        activate(PID, config("ORS", "", "NORR", "2027-01-01", "2027-06-30"));

        Enablement e = stored();
        assertEquals("ORS", e.templateCode());
        assertEquals(1, e.templateVersion());
        assertEquals("NORR", e.unit());
        assertEquals(LocalDate.parse("2027-01-01"), e.from());
        assertEquals(LocalDate.parse("2027-06-30"), e.to());
        assertEquals(EnablementSource.CONFIGURATION, e.source());
        assertEquals(PID, e.configuration());
    }

    @Test
    void aRestartActivatesTheComponentAgainAndStoresNothing() {
        activate(PID, config("ORS", "0", "NORR", "", ""));
        ConfiguredEnablement second = activate(PID, config("ORS", "0", "NORR", "", ""));

        assertEquals(1, store.revisionCount());
        for (int reason : OTHER_REASONS) {
            second.deactivate(reason);
        }
        assertEquals(EnablementStatus.ENABLED, stored().status(), "Karaf stopping is no deletion");
        assertEquals(1, store.revisionCount());
    }

    @Test
    void aModifiedConfigurationChangesTheEnablement() {
        ConfiguredEnablement component = activate(PID, config("ORS", "", "NORR", "2027-01-01", ""));

        component.apply(config("ORS", "", "NORR", "2027-01-01", "2027-12-31"));

        assertEquals(LocalDate.parse("2027-12-31"), stored().to());
        assertEquals(2, stored().revision());
    }

    @Test
    void aDeletedConfigurationDisablesTheEnablement() {
        ConfiguredEnablement component = activate(PID, config("ORS", "", "NORR", "", ""));

        component.deactivate(ConfiguredEnablement.DEACTIVATION_REASON_CONFIGURATION_DELETED);

        assertEquals(EnablementStatus.DISABLED, stored().status());
        assertEquals("configuration:" + PID, stored().changedBy());
    }

    @Test
    void aValueThatDoesNotParseIsRefusedAndNothingIsStoredOrChanged() {
        activate(PID, config("ORS", "två", "NORR", "2027-13-01", "31/12/2027"));
        assertTrue(store.all().isEmpty());

        ConfiguredEnablement component = activate(PID, config("ORS", "", "NORR", "2027-01-01", ""));
        component.apply(config("ORS", "-1", "NORR", "2027-01-01", ""));

        assertNull(stored().to());
        assertEquals(1, store.revisionCount());
    }

    @Test
    void theTextValuesAreReadBlankAsAbsentAndVersionZeroAsTheLatest() {
        ValidationException.Builder errors = ValidationException.builder();

        assertEquals(new EnableRequest("ORS", null, "NORR", null, null), ConfiguredEnablement.request(
                config(" ORS ", " 0 ", "NORR ", " ", ""), errors));
        assertEquals(new EnableRequest("ORS", 2, "NORR", LocalDate.parse("2027-01-01"), LocalDate.parse("2027-01-31")),
                ConfiguredEnablement.request(config("ORS", "2", "NORR", "2027-01-01", "2027-01-31"), errors));
        assertEquals(new EnableRequest(null, null, null, null, null), ConfiguredEnablement.request(
                config(null, null, null, null, null), errors), "required values are the service's to name");
        assertTrue(errors.isEmpty());

        assertNull(ConfiguredEnablement.request(config("ORS", "x", "NORR", "1 januari", "2027-02-30"), errors));
        assertEquals(List.of(new FieldError("version", "must be empty, 0 (the latest) or a version number"),
                new FieldError("from", "must be a date yyyy-mm-dd, or empty"),
                new FieldError("to", "must be a date yyyy-mm-dd, or empty")), errors.errors());
    }

    // ---------------------------------------------------------------- the sweep at start

    /**
     * Config Admin holding factory configurations by PID, each with its properties; deleting one deactivates its
     * component as Declarative Services does, for a deleted configuration.
     */
    private static final class Admin {
        final Map<String, Hashtable<String, Object>> configurations = new LinkedHashMap<>();
        final Map<String, ConfiguredEnablement> components = new LinkedHashMap<>();
        final List<String> filters = new ArrayList<>();
        final List<String> deleted = new ArrayList<>();
        Exception failure;

        ConfigurationAdmin service() {
            return (ConfigurationAdmin) Proxy.newProxyInstance(ConfiguredEnablementTest.class.getClassLoader(),
                    new Class<?>[] {ConfigurationAdmin.class}, (proxy, method, args) -> {
                        if (failure != null) {
                            throw failure;
                        }
                        if (!method.getName().equals("listConfigurations")) {
                            throw new UnsupportedOperationException(method.getName());
                        }
                        filters.add((String) args[0]);
                        if (configurations.isEmpty()) {
                            return null;
                        }
                        return configurations.keySet().stream().map(this::configuration)
                                .toArray(Configuration[]::new);
                    });
        }

        private Configuration configuration(String pid) {
            return (Configuration) Proxy.newProxyInstance(ConfiguredEnablementTest.class.getClassLoader(),
                    new Class<?>[] {Configuration.class}, (proxy, method, args) -> {
                        switch (method.getName()) {
                            case "getPid":
                                return pid;
                            case "getProperties":
                                return configurations.get(pid);
                            case "delete":
                                configurations.remove(pid);
                                deleted.add(pid);
                                ConfiguredEnablement component = components.remove(pid);
                                if (component != null) {
                                    component.deactivate(
                                            ConfiguredEnablement.DEACTIVATION_REASON_CONFIGURATION_DELETED);
                                }
                                return null;
                            default:
                                throw new UnsupportedOperationException(method.getName());
                        }
                    });
        }
    }

    private final Admin admin = new Admin();

    /** A configuration as FileInstall makes it from {@code file}, and its component activated. */
    private void fromFile(String pid, EnablementConfig config, Path file) {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put("service.pid", pid);
        properties.put("service.factoryPid", ConfiguredEnablement.FACTORY_PID);
        if (file != null) {
            properties.put(ConfiguredEnablementSweep.FILEINSTALL_FILENAME, file.toUri().toString());
        }
        admin.configurations.put(pid, properties);
        admin.components.put(pid, new ConfiguredEnablement(enablements, config, Map.copyOf(properties)));
    }

    private Set<String> enabledPids() {
        return Set.copyOf(enablements.configured());
    }

    @Test
    void theSweepAtActivationDisablesTheEnablementsWhoseConfigurationsAreGoneAndNoOther(@TempDir Path etc)
            throws IOException {
        Path norr = Files.writeString(etc.resolve("se.folja.followup.enablement-ors-norr.cfg"), "template = ORS");
        fromFile(PID, config("ORS", "", "NORR", "", ""), norr);
        fromFile(PID + "-2", config("ORS", "", "SODER", "", ""), null);
        fromFile(PID + "-3", config("TROSA_MISSBRUK", "", "NORR", "", ""), null);
        Enablement byRest = enablements.enable(new EnableRequest("KALMAR_BOENDESTOD", null, "NORR", null, null),
                EnablementSource.REST, new Actor("admin"));
        admin.configurations.remove(PID + "-2");

        new ConfiguredEnablementSweep(admin.service(), enablements);

        assertEquals(Set.of(PID, PID + "-3"), enabledPids());
        assertEquals(EnablementStatus.DISABLED, store.findByConfiguration(PID + "-2").orElseThrow().status());
        assertEquals(EnablementStatus.ENABLED, store.find(byRest.id()).orElseThrow().status());
        assertEquals(List.of("(service.factoryPid=se.folja.followup.enablement)"), admin.filters);
        assertEquals(List.of(), admin.deleted, "every file is there");
        assertEquals(List.of(), ConfiguredEnablementSweep.sweep(admin.service(), enablements),
                "a second sweep finds none");
        assertEquals(5, store.revisionCount());
    }

    @Test
    void aConfigurationWhoseFileWasRemovedWhileKarafWasDownIsDeletedAndItsEnablementDisabled(@TempDir Path etc)
            throws IOException {
        Path kept = Files.writeString(etc.resolve("se.folja.followup.enablement-ors-norr.cfg"), "template = ORS");
        Path removed = Files.writeString(etc.resolve("se.folja.followup.enablement-ors-soder.cfg"), "template = ORS");
        fromFile(PID, config("ORS", "", "NORR", "", ""), kept);
        fromFile(PID + "-soder", config("ORS", "", "SODER", "", ""), removed);
        Files.delete(removed);

        List<String> gone = ConfiguredEnablementSweep.sweep(admin.service(), enablements);

        assertEquals(List.of(PID + "-soder"), gone);
        assertEquals(List.of(PID + "-soder"), admin.deleted);
        assertEquals(Set.of(PID), enabledPids());
        Enablement soder = store.findByConfiguration(PID + "-soder").orElseThrow();
        assertEquals(EnablementStatus.DISABLED, soder.status());
        assertEquals(3, store.revisionCount(), "disabled once, by the deleted configuration's component");
    }

    @Test
    void aConfigurationWhoseFileIsGoneIsNotAppliedWhenItsComponentStarts(@TempDir Path etc) {
        fromFile(PID, config("ORS", "", "NORR", "", ""), etc.resolve("se.folja.followup.enablement-ors-norr.cfg"));

        assertTrue(store.all().isEmpty());
    }

    @Test
    void withNoConfigurationLeftEveryConfiguredEnablementIsDisabled() {
        fromFile(PID, config("ORS", "", "NORR", "", ""), null);
        fromFile(PID + "-2", config("ORS", "", "SODER", "", ""), null);
        admin.configurations.clear();

        List<String> gone = ConfiguredEnablementSweep.sweep(admin.service(), enablements);

        assertEquals(List.of(PID, PID + "-2"), gone);
        assertEquals(Set.of(), enabledPids());
        assertEquals(4, store.revisionCount());
    }

    @Test
    void whenConfigAdminCannotListNothingIsDisabled() {
        fromFile(PID, config("ORS", "", "NORR", "", ""), null);
        admin.configurations.clear();

        admin.failure = new IOException("unreadable");
        assertEquals(List.of(), ConfiguredEnablementSweep.sweep(admin.service(), enablements));
        admin.failure = new InvalidSyntaxException("bad", "(");
        assertEquals(List.of(), ConfiguredEnablementSweep.sweep(admin.service(), enablements));

        assertEquals(Set.of(PID), enabledPids());
    }

    @Test
    void onlyAFileNameThatNamesNoFileIsGone(@TempDir Path etc) throws IOException {
        Path file = Files.writeString(etc.resolve("a.cfg"), "");

        assertFalse(ConfiguredEnablementSweep.fileGone(null));
        assertFalse(ConfiguredEnablementSweep.fileGone(""));
        assertFalse(ConfiguredEnablementSweep.fileGone(file.toUri().toString()));
        assertFalse(ConfiguredEnablementSweep.fileGone(file.toString()));
        assertTrue(ConfiguredEnablementSweep.fileGone(etc.resolve("b.cfg").toUri().toString()));
        assertTrue(ConfiguredEnablementSweep.fileGone(etc.resolve("b.cfg").toString()));
    }
}
