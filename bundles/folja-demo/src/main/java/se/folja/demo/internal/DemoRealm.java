package se.folja.demo.internal;

import java.io.File;
import java.util.Properties;

import javax.security.auth.login.AppConfigurationEntry;

import org.apache.karaf.jaas.config.JaasRealm;
import org.apache.karaf.jaas.config.impl.Config;
import org.apache.karaf.jaas.config.impl.Module;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A JAAS realm that ranks above the container's realm of the same name and accepts, besides the
 * container's own users and SSH keys, the demo users {@code staff}, {@code admin} and
 * {@code statistician}. Uninstalling {@code folja-demo} removes this service, and with it the demo users.
 */
@Component(service = JaasRealm.class, configurationPid = "se.folja.demo.realm", immediate = true)
@Designate(ocd = DemoRealmConfig.class)
public final class DemoRealm implements JaasRealm {

    private static final Logger LOG = LoggerFactory.getLogger(DemoRealm.class);
    private static final String PROPERTIES_MODULE = "org.apache.karaf.jaas.modules.properties.PropertiesLoginModule";
    private static final String PUBLICKEY_MODULE = "org.apache.karaf.jaas.modules.publickey.PublickeyLoginModule";

    private final Config realm = new Config();

    @Activate
    public DemoRealm(BundleContext context, DemoRealmConfig config) {
        File etc = new File(System.getProperty("karaf.etc", "etc"));
        realm.setName(config.realm());
        realm.setRank(config.rank());
        realm.setBundleContext(context);
        realm.setModules(new Module[] {
            module(PROPERTIES_MODULE, new File(etc, "users.properties")),
            module(PUBLICKEY_MODULE, new File(etc, "keys.properties")),
            module(PROPERTIES_MODULE, new File(etc, config.usersFile())),
        });
        LOG.warn("Följa demo users are enabled in realm '{}': do not use folja-demo in production", config.realm());
    }

    private static Module module(String className, File users) {
        Module module = new Module();
        module.setClassName(className);
        module.setFlags("sufficient");
        Properties options = new Properties();
        options.setProperty("users", users.getAbsolutePath());
        module.setOptions(options);
        return module;
    }

    @Override
    public String getName() {
        return realm.getName();
    }

    @Override
    public int getRank() {
        return realm.getRank();
    }

    @Override
    public AppConfigurationEntry[] getEntries() {
        return realm.getEntries();
    }
}
