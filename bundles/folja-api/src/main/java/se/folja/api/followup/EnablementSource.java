package se.folja.api.followup;

/**
 * How an enablement was last changed.
 *
 * @since 1.1.0
 */
public enum EnablementSource {
    /** Through the REST API. */
    REST,
    /** With a Karaf shell command. */
    SHELL,
    /**
     * From a Config Admin factory configuration ({@code se.folja.followup.enablement}, e.g. a file in Karaf's
     * {@code etc/}). Such an enablement follows its configuration and is changed only there.
     */
    CONFIGURATION
}
