package se.folja.api.followup;

/**
 * The kinds of question Följa supports, each mapped from a FHIR R4 item {@code type}, its {@code repeats} and its
 * {@code answerValueSet}.
 *
 * @since 1.0.0
 */
public enum QuestionType {
    /** {@code group}: a section (<em>bakgrund, process, resultat</em>) holding items; no answer. */
    GROUP("group"),
    /** {@code display}: text only; no answer. */
    DISPLAY("display"),
    /** {@code choice} with fixed {@code answerOption}s: one option. */
    SINGLE_CHOICE("choice"),
    /** {@code choice} with fixed {@code answerOption}s and {@code repeats: true}: any number of options. */
    MULTIPLE_CHOICE("choice"),
    /** {@code choice} from {@link FollowUpValueSets#REASON_CODES}: a code of the reason catalogue. */
    REASON_CODE("choice"),
    /** {@code choice} from {@link FollowUpValueSets#IBIC_LIFE_AREAS}: an IBIC life area. */
    LIFE_AREA("choice"),
    /** {@code integer}: a whole number, optionally in a range. */
    INTEGER("integer"),
    /** {@code decimal}: a number with a number of decimal places, optionally in a range (a scale). */
    DECIMAL("decimal"),
    /** {@code date}: a date, optionally in a range. */
    DATE("date"),
    /** {@code boolean}: yes or no. */
    BOOLEAN("boolean"),
    /** {@code string}: short free text, at most 500 characters. */
    SHORT_TEXT("string"),
    /** {@code text}: long free text, at most 4000 characters. */
    LONG_TEXT("text");

    private final String fhirType;

    QuestionType(String fhirType) {
        this.fhirType = fhirType;
    }

    /** @return the FHIR R4 item type it is written as, e.g. {@code choice} */
    public String fhirType() {
        return fhirType;
    }

    /** @return whether an item of this type takes an answer (every type but group and display) */
    public boolean isAnswered() {
        return this != GROUP && this != DISPLAY;
    }

    /** @return whether the answer is a coding (the four choice types) */
    public boolean isChoice() {
        return "choice".equals(fhirType);
    }

    /** @return whether the answer is a number (integer or decimal), which a scale may sum */
    public boolean isNumeric() {
        return this == INTEGER || this == DECIMAL;
    }

    /** @return whether the answer is free text, which is never exported */
    public boolean isFreeText() {
        return this == SHORT_TEXT || this == LONG_TEXT;
    }
}
