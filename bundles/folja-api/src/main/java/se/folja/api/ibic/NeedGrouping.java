package se.folja.api.ibic;

/**
 * How the life areas with assessed need are counted.
 *
 * @since 1.0.0
 */
public enum NeedGrouping {
    /** In total for the period. */
    TOTAL,
    /** Per unit of the assessment. */
    UNIT,
    /** Per case officer (<em>handläggare</em>). */
    CASE_OFFICER,
    /** Per client: the life areas each client has an assessed need in. */
    CLIENT
}
