package se.folja.api.followup;

import java.util.List;
import java.util.Objects;

/**
 * The answer to one question of a response: the values given for the item with {@code linkId}, in order (more
 * than one only for a multiple-choice question). Inside a repeating group (e.g. one entry per cancelled visit),
 * {@code groupInstances} says which entry the answer belongs to.
 *
 * @param linkId the question's linkId in the questionnaire
 * @param groupInstances for each repeating group enclosing the question, outermost first, the number of its entry
 *     (from 1); empty when no repeating group encloses it, never null
 * @param values at least one value
 * @since 1.1.0
 */
public record Answer(String linkId, List<Integer> groupInstances, List<AnswerValue> values) {

    public Answer {
        Objects.requireNonNull(linkId, "linkId");
        groupInstances = List.copyOf(groupInstances);
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("an answer has at least one value");
        }
    }

    /** An answer outside any repeating group. */
    public Answer(String linkId, List<AnswerValue> values) {
        this(linkId, List.of(), values);
    }
}
