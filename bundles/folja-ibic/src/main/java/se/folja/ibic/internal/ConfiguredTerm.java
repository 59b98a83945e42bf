package se.folja.ibic.internal;

import java.util.Locale;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.folja.api.Actor;
import se.folja.api.FoljaException;
import se.folja.api.ibic.TermKind;
import se.folja.api.ibic.TermMappings;

/**
 * A term mapping from a Config Admin factory configuration ({@code etc/se.folja.ibic.term-<name>.cfg}): applied
 * when the configuration appears or changes; unchanged at a restart, so no new version is made then.
 */
@Component(configurationPid = ConfiguredTerm.FACTORY_PID, configurationPolicy = ConfigurationPolicy.REQUIRE,
        immediate = true, service = {})
@Designate(ocd = ConfiguredTermConfig.class, factory = true)
public final class ConfiguredTerm {

    static final String FACTORY_PID = "se.folja.ibic.term";
    private static final Logger LOG = LoggerFactory.getLogger(ConfiguredTerm.class);

    private final TermMappings mappings;

    @Activate
    public ConfiguredTerm(@Reference TermMappings mappings, ConfiguredTermConfig config, Map<String, Object> props) {
        this.mappings = mappings;
        apply(config, props);
    }

    @Modified
    void apply(ConfiguredTermConfig config, Map<String, Object> props) {
        String pid = String.valueOf(props.get("service.pid"));
        String source = VersionedTermMappings.CONFIG_PREFIX + pid;
        TermKind kind;
        try {
            kind = TermKind.valueOf(config.kind().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            LOG.warn("Term mapping {} not applied: kind must be INTERVENTION_TYPE or NEED_LABEL", pid);
            return;
        }
        try {
            long version = mappings.put(kind, config.term(), config.icf(), config.lifeArea(), null, source,
                    new Actor(source)).info().version();
            LOG.debug("Term mapping {} applied, mapping version {}", pid, version);
        } catch (FoljaException e) {
            LOG.warn("Term mapping {} not applied: {}", pid, e.getMessage());
        }
    }
}
