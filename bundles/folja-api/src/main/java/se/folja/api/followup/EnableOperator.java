package se.folja.api.followup;

import java.util.Optional;

/**
 * The operator of an {@code enableWhen} condition.
 *
 * @since 1.0.0
 */
public enum EnableOperator {
    /** {@code exists}: the question is answered ({@code answerBoolean: true}) or not ({@code false}). */
    EXISTS("exists"),
    /** {@code =} */
    EQUALS("="),
    /** {@code !=} */
    NOT_EQUALS("!="),
    /** {@code >}: integer, decimal and date questions only. */
    GREATER(">"),
    /** {@code <}: integer, decimal and date questions only. */
    LESS("<"),
    /** {@code >=}: integer, decimal and date questions only. */
    GREATER_OR_EQUAL(">="),
    /** {@code <=}: integer, decimal and date questions only. */
    LESS_OR_EQUAL("<=");

    private final String fhirCode;

    EnableOperator(String fhirCode) {
        this.fhirCode = fhirCode;
    }

    /** @return the FHIR code, e.g. {@code >=} */
    public String fhirCode() {
        return fhirCode;
    }

    /** @return whether it compares order, which only numbers and dates have */
    public boolean isOrdering() {
        return this == GREATER || this == LESS || this == GREATER_OR_EQUAL || this == LESS_OR_EQUAL;
    }

    /**
     * @param code a FHIR operator code, may be null
     * @return the operator, or empty if the code is none of the seven
     */
    public static Optional<EnableOperator> fromFhir(String code) {
        for (EnableOperator op : values()) {
            if (op.fhirCode.equals(code)) {
                return Optional.of(op);
            }
        }
        return Optional.empty();
    }
}
