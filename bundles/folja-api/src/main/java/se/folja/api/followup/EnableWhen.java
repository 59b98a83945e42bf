package se.folja.api.followup;

import java.util.Objects;

/**
 * A condition on an earlier question that decides whether an item is shown and may be answered.
 *
 * @param question the linkId of an earlier question (never a group or display item), never null
 * @param operator the comparison, never null
 * @param answer what the question's answer is compared with, never null; an {@link AnswerValue.OfBoolean} for
 *     {@link EnableOperator#EXISTS}
 * @since 1.0.0
 */
public record EnableWhen(String question, EnableOperator operator, AnswerValue answer) {

    public EnableWhen {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(answer, "answer");
    }
}
