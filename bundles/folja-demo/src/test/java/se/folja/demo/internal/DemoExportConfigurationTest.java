package se.folja.demo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

class DemoExportConfigurationTest {

    private Dictionary<String, Object> stored;

    private ConfigurationAdmin admin() {
        Configuration configuration = (Configuration) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Configuration.class}, (p, method, args) -> switch (method.getName()) {
                    case "getProperties" -> stored;
                    case "update" -> {
                        @SuppressWarnings("unchecked")
                        Dictionary<String, Object> properties = (Dictionary<String, Object>) args[0];
                        stored = properties;
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return (ConfigurationAdmin) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ConfigurationAdmin.class}, (p, method, args) -> {
                    if (method.getName().equals("getConfiguration")) {
                        assertEquals(List.of("se.folja.export", "?"), List.of(args));
                        return configuration;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void createsTheDemoKeyWhenThereIsNone() throws Exception {
        assertTrue(DemoExportConfiguration.createIfAbsent(admin(), DemoExportConfiguration.defaults()));

        assertEquals("demo", stored.get("pseudonym.keyId"));
        assertTrue(((String) stored.get("pseudonym.key")).length() >= 32);
    }

    @Test
    void leavesAHostsKeyAlone() throws Exception {
        stored = new Hashtable<>(Map.of("pseudonym.key", "the host's own secret, long enough for sure"));

        assertFalse(DemoExportConfiguration.createIfAbsent(admin(), DemoExportConfiguration.defaults()));

        assertEquals("the host's own secret, long enough for sure", stored.get("pseudonym.key"));
    }
}
