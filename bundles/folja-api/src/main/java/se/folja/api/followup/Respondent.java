package se.folja.api.followup;

import java.util.Objects;

/**
 * One respondent role of a template with the questionnaire it answers.
 *
 * @param role the role, never null
 * @param questionnaire the role's questions, never null
 * @since 1.0.0
 */
public record Respondent(RespondentRole role, Questionnaire questionnaire) {

    public Respondent {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(questionnaire, "questionnaire");
    }
}
