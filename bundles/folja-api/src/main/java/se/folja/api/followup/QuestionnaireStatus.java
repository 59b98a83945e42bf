package se.folja.api.followup;

/**
 * A questionnaire's FHIR publication status.
 *
 * @since 1.0.0
 */
public enum QuestionnaireStatus {
    /** {@code draft} */
    DRAFT,
    /** {@code active} */
    ACTIVE,
    /** {@code retired} */
    RETIRED,
    /** {@code unknown} */
    UNKNOWN;

    /** @return the FHIR code, e.g. {@code active} */
    public String fhirCode() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
