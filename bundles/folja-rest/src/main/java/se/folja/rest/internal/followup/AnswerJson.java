package se.folja.rest.internal.followup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import se.folja.api.followup.Answer;
import se.folja.api.followup.AnswerValue;

/**
 * The answer to one question of a response: its values typed as FHIR's {@code answer.value[x]} are.
 *
 * @param groupInstances for each repeating group around the question, outermost first, the number of its entry
 *     (from 1); empty outside repeating groups
 */
@Schema(description = "The values given for one question (linkId), in order")
public record AnswerJson(
        @Schema(example = "ors-individual") String linkId,
        @Schema(description = "For each repeating group around the question, outermost first, the number of its"
                + " entry from 1; empty outside repeating groups") List<Integer> groupInstances,
        List<Value> values) {

    static AnswerJson of(Answer answer) {
        return new AnswerJson(answer.linkId(), answer.groupInstances(),
                answer.values().stream().map(Value::of).toList());
    }

    /** One value: exactly one of the fields, named as FHIR names them. */
    @Schema(name = "AnswerValueJson", description = "One value, as FHIR's answer.value[x]: exactly one field is given")
    public record Value(Boolean valueBoolean, CodingJson valueCoding, Long valueInteger, BigDecimal valueDecimal,
            LocalDate valueDate, String valueString) {

        static Value of(AnswerValue value) {
            if (value instanceof AnswerValue.OfBoolean b) {
                return new Value(b.value(), null, null, null, null, null);
            }
            if (value instanceof AnswerValue.OfCoding c) {
                return new Value(null, new CodingJson(c.value().system(), c.value().code()), null, null, null, null);
            }
            if (value instanceof AnswerValue.OfInteger i) {
                return new Value(null, null, i.value(), null, null, null);
            }
            if (value instanceof AnswerValue.OfDecimal d) {
                return new Value(null, null, null, d.value(), null, null);
            }
            if (value instanceof AnswerValue.OfDate d) {
                return new Value(null, null, null, null, d.value(), null);
            }
            return new Value(null, null, null, null, null, ((AnswerValue.OfString) value).value());
        }

        /** Gives no text. */
        @Override
        public String toString() {
            return "Value";
        }
    }

    /** A coded answer: an option of the question, a reason code or a life area. */
    @Schema(description = "A code, with its code system when it has one")
    public record CodingJson(String system, String code) {
    }

    /** Gives the linkId, never a value. */
    @Override
    public String toString() {
        return "AnswerJson[" + linkId + ", " + values.size() + " values]";
    }
}
