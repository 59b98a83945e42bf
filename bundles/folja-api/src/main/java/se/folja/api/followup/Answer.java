package se.folja.api.followup;

import java.util.List;
import java.util.Objects;

/**
 * The answer to one question of a response: the values given for the item with {@code linkId}, in order (more
 * than one only for a multiple-choice question).
 *
 * @param linkId the question's linkId in the questionnaire
 * @param values at least one value
 * @since 1.1.0
 */
public record Answer(String linkId, List<AnswerValue> values) {

    public Answer {
        Objects.requireNonNull(linkId, "linkId");
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("an answer has at least one value");
        }
    }
}
