package se.folja.api.followup;

import java.util.Objects;

/**
 * A FHIR coding: an answer option of a choice question, or the answer a condition compares with.
 *
 * @param system the code system's URL, or null
 * @param code the code, never null
 * @param display the label, or null (an answer option always has one)
 * @since 1.0.0
 */
public record Coding(String system, String code, String display) {

    public Coding {
        Objects.requireNonNull(code, "code");
    }

    /** Gives the code, not the label. */
    @Override
    public String toString() {
        return "Coding[" + (system == null ? "" : system + "|") + code + "]";
    }
}
