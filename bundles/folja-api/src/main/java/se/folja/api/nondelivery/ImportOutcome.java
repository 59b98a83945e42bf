package se.folja.api.nondelivery;

/**
 * What became of one row of an import.
 *
 * @since 1.1.0
 */
public enum ImportOutcome {
    /** Stored as a new registration, marked imported. */
    IMPORTED,
    /** The same registration is stored already (an earlier import of the same row): nothing stored. */
    ALREADY_IMPORTED,
    /** Refused, with every reason: nothing of the row stored. */
    REFUSED
}
