package se.folja.api.export;

/**
 * How a scale-change export groups its enrolments.
 *
 * @since 1.2.0
 */
public enum ScaleGrouping {
    /** Not at all: only the total. */
    NONE,
    /** By the enrolment's unit. */
    UNIT,
    /** By age group, the client's age at the first measurement. */
    AGE_GROUP
}
