package se.folja.api.followup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A typed answer value, as a condition ({@code enableWhen.answer[x]}) compares with: one record per FHIR
 * {@code answer[x]} type Följa supports.
 *
 * @since 1.0.0
 */
public sealed interface AnswerValue {

    /**
     * {@code answerBoolean}: for boolean questions and the {@code exists} operator.
     *
     * @param value the value
     * @since 1.0.0
     */
    record OfBoolean(boolean value) implements AnswerValue {
    }

    /**
     * {@code answerCoding}: for the choice questions.
     *
     * @param value the coding, never null
     * @since 1.0.0
     */
    record OfCoding(Coding value) implements AnswerValue {
        public OfCoding {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * {@code answerInteger}: for integer questions.
     *
     * @param value the value
     * @since 1.0.0
     */
    record OfInteger(long value) implements AnswerValue {
    }

    /**
     * {@code answerDecimal}: for decimal questions.
     *
     * @param value the value, never null
     * @since 1.0.0
     */
    record OfDecimal(BigDecimal value) implements AnswerValue {
        public OfDecimal {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * {@code answerDate}: for date questions.
     *
     * @param value the date, never null
     * @since 1.0.0
     */
    record OfDate(LocalDate value) implements AnswerValue {
        public OfDate {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * {@code answerString}: for short and long text questions.
     *
     * @param value the text, never null
     * @since 1.0.0
     */
    record OfString(String value) implements AnswerValue {
        public OfString {
            Objects.requireNonNull(value, "value");
        }

        /** Gives the length, not the text. */
        @Override
        public String toString() {
            return "OfString[" + value.length() + " chars]";
        }
    }
}
