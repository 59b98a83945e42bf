package se.folja.api.followup;

import java.util.List;
import java.util.Objects;

/**
 * One item of a questionnaire: a section, a display text or a question, read from a FHIR R4
 * {@code Questionnaire.item}.
 *
 * @param linkId unique in the questionnaire, no whitespace, at most 255 characters, never null
 * @param prefix a label such as {@code 1.} or {@code a)}, or null
 * @param text the item's text, never null except for a group, which may have none
 * @param type Följa's kind of item, never null
 * @param required whether an answer is required (a group: whether it must hold an answer)
 * @param repeats whether more than one answer is allowed ({@code MULTIPLE_CHOICE}, or a repeating group or value
 *     set question)
 * @param options the fixed options of {@code SINGLE_CHOICE} and {@code MULTIPLE_CHOICE}, codes unique; empty for
 *     every other type, never null
 * @param valueSet the canonical URL of the value set ({@link FollowUpValueSets}) of {@code REASON_CODE} and
 *     {@code LIFE_AREA}, otherwise null
 * @param numberRange the allowed range of an {@code INTEGER} or {@code DECIMAL} answer, or null
 * @param dateRange the allowed range of a {@code DATE} answer, or null
 * @param decimalPlaces the most decimal places of a {@code DECIMAL} answer (the step is 10^-places), or null for
 *     no limit
 * @param maxLength the longest {@code SHORT_TEXT} (at most 500) or {@code LONG_TEXT} (at most 4000) answer;
 *     null for every other type
 * @param slider whether a {@code DECIMAL} scale is shown as a slider
 * @param enableWhen the conditions for the item to be shown; empty if it always is, never null
 * @param enableBehavior how several conditions combine; null when there is at most one condition and none was
 *     given
 * @param items the children of a {@code GROUP}, at least one; empty for every other type, never null
 * @since 1.0.0
 */
public record Item(String linkId, String prefix, String text, QuestionType type, boolean required, boolean repeats,
        List<Coding> options, String valueSet, NumberRange numberRange, DateRange dateRange, Integer decimalPlaces,
        Integer maxLength, boolean slider, List<EnableWhen> enableWhen, EnableBehavior enableBehavior,
        List<Item> items) {

    public Item {
        Objects.requireNonNull(linkId, "linkId");
        Objects.requireNonNull(type, "type");
        if (text == null && type != QuestionType.GROUP) {
            throw new IllegalArgumentException("text is required except for a group");
        }
        options = List.copyOf(options);
        enableWhen = List.copyOf(enableWhen);
        items = List.copyOf(items);
    }

    /** Gives the linkId and type, never the text. */
    @Override
    public String toString() {
        return "Item[" + linkId + ", " + type + (required ? ", required" : "") + ", options=" + options.size()
                + ", enableWhen=" + enableWhen.size() + ", items=" + items.size() + "]";
    }
}
