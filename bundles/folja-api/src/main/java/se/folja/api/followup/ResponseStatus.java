package se.folja.api.followup;

/**
 * Where a response stands, as FHIR's {@code QuestionnaireResponse.status} says it.
 *
 * @since 1.1.0
 */
public enum ResponseStatus {
    /** Submitted ({@code completed}); it may have been corrected since. */
    COMPLETED,
    /** Entered by mistake ({@code entered-in-error}): kept with its history, counted nowhere. */
    ENTERED_IN_ERROR
}
