package se.folja.api.export;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of a follow-up's answer distribution. Each question first has its line {@code value} {@link Cell#TOTAL}:
 * the completed responses that answer it and their distinct clients, and for a number question the count, least,
 * greatest, mean and median of its values, for a date question the earliest and latest month. A choice, reason-code,
 * life-area or yes/no question then has a line per answer: each of its options (also those nobody chose), each code
 * given (reason codes, life areas), {@code true} and {@code false}. Free-text questions are never exported, not even
 * counted. Counts of fewer than k clients are suppressed, with complements among the answers of the question.
 *
 * @param question the question's linkId
 * @param type the question's type, e.g. {@code SINGLE_CHOICE} ({@link se.folja.api.followup.QuestionType})
 * @param value {@link Cell#TOTAL}, an option's or catalogue's code, {@code true} or {@code false}
 * @param label the answer's Swedish label (an option's, the reason's, the life area's), or null
 * @param responses completed responses answering the question (its total) or giving the answer; null if suppressed
 * @param clients their distinct clients; null if suppressed
 * @param min the least value of a number question; null otherwise or if suppressed
 * @param max the greatest value of a number question; null otherwise or if suppressed
 * @param mean the mean of a number question's values, rounded half up to 2 decimals; null otherwise or if
 *     suppressed
 * @param median the median of a number question's values (of an even count, the mean of the two middle ones),
 *     rounded half up to 2 decimals; null otherwise or if suppressed
 * @param earliest the earliest month answered to a date question, e.g. {@code 2026-03}; null otherwise or if
 *     suppressed
 * @param latest the latest month answered to a date question; null otherwise or if suppressed
 * @param suppressed true if the line counts fewer than k clients, or is hidden so that such a line cannot be
 *     recomputed from the question's total
 * @since 1.2.0
 */
public record AnswerLine(String question, String type, String value, String label, Long responses, Long clients,
        BigDecimal min, BigDecimal max, BigDecimal mean, BigDecimal median, String earliest, String latest,
        boolean suppressed) {

    public AnswerLine {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
    }
}
