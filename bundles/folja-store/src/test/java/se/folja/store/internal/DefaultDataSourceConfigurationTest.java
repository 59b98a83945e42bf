package se.folja.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

class DefaultDataSourceConfigurationTest {

    /** Config Admin with the calls this component makes: one named factory configuration, a list of others. */
    private static final class FakeConfigAdmin {
        final List<Dictionary<String, Object>> others = new ArrayList<>();
        Dictionary<String, Object> named;
        final List<String> calls = new ArrayList<>();

        ConfigurationAdmin proxy() {
            Configuration configuration = (Configuration) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {Configuration.class}, (p, method, args) -> switch (method.getName()) {
                        case "getProperties" -> named;
                        case "update" -> {
                            @SuppressWarnings("unchecked")
                            Dictionary<String, Object> properties = (Dictionary<String, Object>) args[0];
                            named = properties;
                            yield null;
                        }
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
            return (ConfigurationAdmin) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {ConfigurationAdmin.class}, (p, method, args) -> {
                        calls.add(method.getName());
                        return switch (method.getName()) {
                            case "listConfigurations" -> others.isEmpty() ? null : new Configuration[] {configuration};
                            case "getFactoryConfiguration" -> {
                                assertEquals(List.of("org.ops4j.datasource", "folja", "?"), List.of(args));
                                yield configuration;
                            }
                            default -> throw new UnsupportedOperationException(method.getName());
                        };
                    });
        }
    }

    private static final Map<String, String> KARAF = Map.of("karaf.data", "/srv/karaf/data");

    @Test
    void createsTheEmbeddedH2ConfigurationWhenTheHostHasNone() throws Exception {
        FakeConfigAdmin admin = new FakeConfigAdmin();

        assertTrue(DefaultDataSourceConfiguration.createIfAbsent(admin.proxy(),
                DefaultDataSourceConfiguration.defaults(), KARAF::get));

        assertEquals("H2 JDBC Driver", admin.named.get("osgi.jdbc.driver.name"));
        assertEquals("folja", admin.named.get("dataSourceName"));
        assertTrue(((String) admin.named.get("url")).startsWith("jdbc:h2:/srv/karaf/data/folja/folja"),
                (String) admin.named.get("url"));
        assertNull(admin.named.get("felix.fileinstall.filename"), "no file in etc/ belongs to it");
    }

    @Test
    void leavesTheHostsDataSourceAlone() throws Exception {
        FakeConfigAdmin admin = new FakeConfigAdmin();
        admin.others.add(new Hashtable<>(Map.of("dataSourceName", "folja")));

        assertFalse(DefaultDataSourceConfiguration.createIfAbsent(admin.proxy(),
                DefaultDataSourceConfiguration.defaults(), KARAF::get));

        assertEquals(List.of("listConfigurations"), admin.calls);
    }

    @Test
    void leavesTheNamedConfigurationAloneWhenItHasProperties() throws Exception {
        FakeConfigAdmin admin = new FakeConfigAdmin();
        admin.named = new Hashtable<>(Map.of("dataSourceName", "another"));

        assertFalse(DefaultDataSourceConfiguration.createIfAbsent(admin.proxy(),
                DefaultDataSourceConfiguration.defaults(), KARAF::get));

        assertEquals("another", admin.named.get("dataSourceName"));
    }

    @Test
    void anUnknownVariableIsAnError() {
        Properties defaults = new Properties();
        defaults.setProperty("url", "jdbc:h2:${nowhere}/folja");

        assertThrows(IllegalStateException.class, () -> DefaultDataSourceConfiguration.createIfAbsent(
                new FakeConfigAdmin().proxy(), defaults, KARAF::get));
    }
}
