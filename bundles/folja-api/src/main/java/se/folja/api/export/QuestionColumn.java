package se.folja.api.export;

import java.util.Objects;

import se.folja.api.followup.QuestionType;

/**
 * A question of a follow-up record export: the column of its answers.
 *
 * @param linkId the question's linkId
 * @param type its type; never a free-text type, which is never exported
 * @since 1.2.0
 */
public record QuestionColumn(String linkId, QuestionType type) {

    public QuestionColumn {
        Objects.requireNonNull(linkId, "linkId");
        Objects.requireNonNull(type, "type");
    }
}
