package se.folja.api.followup;

/**
 * Who answers a template's questionnaire.
 *
 * @since 1.0.0
 */
public enum RespondentRole {
    /** The case officer (<em>handläggare</em>). */
    CASE_OFFICER,
    /** The provider's staff, e.g. the contact person (<em>utförare, kontaktman</em>). */
    PROVIDER,
    /** The client (<em>brukare</em>). */
    CLIENT
}
