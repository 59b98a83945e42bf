package se.folja.ibic.internal;

import org.osgi.service.cm.ConfigurationEvent;
import org.osgi.service.cm.ConfigurationListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.folja.api.Actor;
import se.folja.api.FoljaException;
import se.folja.api.ibic.TermMappings;

/**
 * Removes the mapping of a term whose configuration was deleted ({@code config:delete}). A component stopping
 * is no deletion (Karaf stops, the bundle updates), so this listens for Config Admin's own event.
 */
@Component(service = ConfigurationListener.class)
public final class ConfiguredTermRemoval implements ConfigurationListener {

    private static final Logger LOG = LoggerFactory.getLogger(ConfiguredTermRemoval.class);

    private final TermMappings mappings;

    @Activate
    public ConfiguredTermRemoval(@Reference TermMappings mappings) {
        this.mappings = mappings;
    }

    @Override
    public void configurationEvent(ConfigurationEvent event) {
        if (event.getType() != ConfigurationEvent.CM_DELETED
                || !ConfiguredTerm.FACTORY_PID.equals(event.getFactoryPid())) {
            return;
        }
        String source = VersionedTermMappings.CONFIG_PREFIX + event.getPid();
        try {
            mappings.removeSource(source, new Actor(source));
        } catch (FoljaException e) {
            LOG.warn("The mapping of deleted configuration {} was not removed: {}", event.getPid(), e.getMessage());
        }
    }
}
