package se.folja.followup.internal;

import java.util.List;
import java.util.Optional;

import se.folja.api.followup.EnableRequest;
import se.folja.api.followup.Enablement;
import se.folja.api.followup.EnablementSource;

/**
 * Enablements that follow Config Admin factory configurations ({@value ConfiguredEnablement#FACTORY_PID}): the
 * only way to an enablement of source {@link EnablementSource#CONFIGURATION}. Registered by
 * {@link DefaultEnablements}, used by {@link ConfiguredEnablement} and {@link ConfiguredEnablementSweep}; private
 * to this bundle.
 *
 * <p>Neither method throws for a refused or failed change: a configuration is applied by Config Admin, not by a
 * caller who could be told, so the refusal is logged (WARN, the PID and the fields, never a value) and nothing is
 * stored.
 */
interface ConfiguredEnablements {

    /** Who changed an enablement that follows configuration {@code pid}: {@code configuration:<pid>}. */
    String CHANGED_BY_PREFIX = "configuration:";

    /**
     * Makes the enablement of configuration {@code pid} what {@code request} says, validated as
     * {@link se.folja.api.followup.Enablements#enable}: inserted if the configuration has none, changed if it
     * differs (also re-enabled if it was disabled), left alone if it is the same — so a restart stores nothing. A
     * request without {@code version} or {@code from} keeps the stored enablement's version and first day, as long
     * as it is enabled; otherwise they are the latest version and today.
     *
     * @return the enablement as stored afterwards, or empty if the request was refused or the store failed
     */
    Optional<Enablement> configure(String pid, EnableRequest request);

    /**
     * Disables the enablement of configuration {@code pid}, whose configuration was deleted. Nothing happens if
     * there is none or it is disabled already.
     *
     * @return the enablement as stored afterwards, or empty if there is none or the store failed
     */
    Optional<Enablement> unconfigure(String pid);

    /** @return the PIDs of the configurations whose enablements are enabled, each once */
    List<String> configured();
}
