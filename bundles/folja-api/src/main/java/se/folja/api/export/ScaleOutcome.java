package se.folja.api.export;

/**
 * How a client's scale total changed from the first to the latest measurement, by the template's scoring: the
 * change is reliable when it is at least the reliable-change threshold of the client's age group (age at the first
 * measurement). "Recovered" is counted besides: reliably improved and crossed the clinical cutoff in the good
 * direction (for a scale where higher is better: from below the cutoff to the cutoff or above).
 *
 * @since 1.2.0
 */
public enum ScaleOutcome {
    /** Reliably improved: changed in the good direction by at least the threshold. */
    RELIABLY_IMPROVED,
    /** Changed by less than the threshold either way. */
    NO_RELIABLE_CHANGE,
    /** Reliably deteriorated: changed in the bad direction by at least the threshold. */
    RELIABLY_DETERIORATED,
    /** The scale gives no reliable-change threshold for the client's age. */
    NOT_CLASSIFIED
}
