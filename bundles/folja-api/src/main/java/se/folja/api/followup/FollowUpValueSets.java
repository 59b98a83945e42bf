package se.folja.api.followup;

/**
 * The canonical URLs of the value sets a choice question may take its answers from ({@code answerValueSet}).
 *
 * @since 1.0.0
 */
public final class FollowUpValueSets {

    /** The reason catalogue's codes: a {@link QuestionType#REASON_CODE} question. */
    public static final String REASON_CODES = "https://folja.se/fhir/ValueSet/reason-codes";

    /** IBIC's life areas: a {@link QuestionType#LIFE_AREA} question. */
    public static final String IBIC_LIFE_AREAS = "https://folja.se/fhir/ValueSet/ibic-life-areas";

    /**
     * The code system of the reason catalogue: the {@code system} of a {@link QuestionType#REASON_CODE} answer.
     *
     * @since 1.1.0
     */
    public static final String REASON_CODE_SYSTEM = "https://folja.se/fhir/CodeSystem/reason-codes";

    /**
     * The code system of IBIC's life areas: the {@code system} of a {@link QuestionType#LIFE_AREA} answer.
     *
     * @since 1.1.0
     */
    public static final String IBIC_LIFE_AREA_SYSTEM = "https://folja.se/fhir/CodeSystem/ibic-life-areas";

    private FollowUpValueSets() {
    }
}
