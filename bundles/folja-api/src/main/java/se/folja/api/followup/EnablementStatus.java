package se.folja.api.followup;

/**
 * Whether an enablement is in use. A disabled enablement is kept, with its history.
 *
 * @since 1.1.0
 */
public enum EnablementStatus {
    /** In force for its period. */
    ENABLED,
    /** Switched off by an administrator (or its configuration was deleted); in force on no day. */
    DISABLED
}
