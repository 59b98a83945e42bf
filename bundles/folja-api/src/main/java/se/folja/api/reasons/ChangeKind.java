package se.folja.api.reasons;

/**
 * What a change to a reason did.
 *
 * @since 1.0.0
 */
public enum ChangeKind {
    /** The reason was added. */
    CREATED,
    /** Its labels or sort order changed. */
    EDITED,
    /** It was retired: it left the dropdown. */
    RETIRED,
    /** A retired reason was taken back into the dropdown. */
    REACTIVATED
}
