package se.folja.api.followup;

/**
 * When a measurement occasion (<em>mättillfälle</em>) falls due.
 *
 * @since 1.0.0
 */
public enum OccasionKind {
    /** At enrolment, before anything else. */
    BASELINE,
    /** Every N weeks from the start of the enrolment ({@link Occasion#weeks()}). */
    EVERY_N_WEEKS,
    /** When the enrolment ends. */
    AT_END,
    /** N months after the enrolment ended ({@link Occasion#months()}). */
    MONTHS_AFTER_END
}
