package se.folja.api.followup;

/**
 * What a revision of an enablement did.
 *
 * @since 1.1.0
 */
public enum EnablementChangeKind {
    /** The enablement was created. */
    ENABLED,
    /** Its period or template version changed. */
    CHANGED,
    /** It was disabled. */
    DISABLED
}
