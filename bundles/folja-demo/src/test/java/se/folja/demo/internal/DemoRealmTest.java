package se.folja.demo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.lang.annotation.Annotation;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.AppConfigurationEntry.LoginModuleControlFlag;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

class DemoRealmTest {

    private static final long BUNDLE_ID = 42;
    private static final String PROXY_MODULE = "org.apache.karaf.jaas.boot.ProxyLoginModule";
    private static final String PROPERTIES_MODULE = "org.apache.karaf.jaas.modules.properties.PropertiesLoginModule";
    private static final String PUBLICKEY_MODULE = "org.apache.karaf.jaas.modules.publickey.PublickeyLoginModule";

    @TempDir
    Path etc;

    private String previousEtc;
    private final BundleContext context = bundleContext(BUNDLE_ID);

    @BeforeEach
    void pointKarafEtcAtTempDir() {
        previousEtc = System.getProperty("karaf.etc");
        System.setProperty("karaf.etc", etc.toString());
    }

    @AfterEach
    void restoreKarafEtc() {
        if (previousEtc == null) {
            System.clearProperty("karaf.etc");
        } else {
            System.setProperty("karaf.etc", previousEtc);
        }
    }

    @Test
    void hasTheConfiguredNameAndRank() {
        DemoRealm realm = new DemoRealm(context, config("karaf", 10, "folja-demo-users.properties"));

        assertEquals("karaf", realm.getName());
        assertEquals(10, realm.getRank());
    }

    @Test
    void acceptsContainerUsersKeysAndDemoUsersEachSufficient() {
        DemoRealm realm = new DemoRealm(context, config("karaf", 10, "folja-demo-users.properties"));

        AppConfigurationEntry[] entries = realm.getEntries();

        assertEquals(3, entries.length);
        List<String> modules = List.of(PROPERTIES_MODULE, PUBLICKEY_MODULE, PROPERTIES_MODULE);
        List<String> files = List.of("users.properties", "keys.properties", "folja-demo-users.properties");
        for (int i = 0; i < entries.length; i++) {
            AppConfigurationEntry entry = entries[i];
            Map<String, ?> options = entry.getOptions();
            assertEquals(LoginModuleControlFlag.SUFFICIENT, entry.getControlFlag(), "entry " + i);
            assertEquals(PROXY_MODULE, entry.getLoginModuleName(), "entry " + i);
            assertEquals(modules.get(i), options.get("org.apache.karaf.jaas.module"), "entry " + i);
            assertEquals(etc.resolve(files.get(i)).toAbsolutePath().toString(), options.get("users"), "entry " + i);
            assertEquals(Long.toString(BUNDLE_ID), options.get("org.apache.karaf.jaas.bundle"), "entry " + i);
            assertSame(context, options.get(BundleContext.class.getName()), "entry " + i);
        }
    }

    @Test
    void followsAnotherRealmNameRankAndUsersFile() {
        DemoRealm realm = new DemoRealm(context, config("folja", 20, "other-users.properties"));

        assertEquals("folja", realm.getName());
        assertEquals(20, realm.getRank());
        AppConfigurationEntry[] entries = realm.getEntries();
        assertEquals(etc.resolve("other-users.properties").toAbsolutePath().toString(),
                entries[2].getOptions().get("users"));
        assertEquals(etc.resolve("users.properties").toAbsolutePath().toString(), entries[0].getOptions().get("users"));
    }

    private static BundleContext bundleContext(long bundleId) {
        Bundle bundle = (Bundle) Proxy.newProxyInstance(DemoRealmTest.class.getClassLoader(),
                new Class<?>[] {Bundle.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getBundleId" -> bundleId;
                    case "toString" -> "bundle " + bundleId;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return (BundleContext) Proxy.newProxyInstance(DemoRealmTest.class.getClassLoader(),
                new Class<?>[] {BundleContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getBundle" -> {
                        if (args != null && args.length > 0) {
                            throw new UnsupportedOperationException("getBundle(" + args[0] + ")");
                        }
                        yield bundle;
                    }
                    case "toString" -> "context of bundle " + bundleId;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static DemoRealmConfig config(String realm, int rank, String usersFile) {
        return new DemoRealmConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return DemoRealmConfig.class;
            }

            @Override
            public String realm() {
                return realm;
            }

            @Override
            public int rank() {
                return rank;
            }

            @Override
            public String usersFile() {
                return usersFile;
            }
        };
    }
}
