package se.folja.api.followup;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

/**
 * A response as submitted, checked by the service: the occasion of an enrolment it answers, the role that
 * answers, and the answers as a FHIR R4 {@code QuestionnaireResponse} (JSON) to the role's questionnaire of the
 * enrolment's template version.
 *
 * @param enrolment the enrolment's id
 * @param occasion the occasion's code (required)
 * @param sequence which time the occasion falls due, from 1; null for 1
 * @param role the respondent role (required)
 * @param answeredOn the day the respondent answered, or null for today; not in the future
 * @param questionnaireResponse the QuestionnaireResponse, UTF-8 JSON (required)
 * @since 1.1.0
 */
public record ResponseRequest(long enrolment, String occasion, Integer sequence, RespondentRole role,
        LocalDate answeredOn, byte[] questionnaireResponse) {

    public ResponseRequest {
        questionnaireResponse = questionnaireResponse == null ? null : questionnaireResponse.clone();
    }

    /** @return a copy of the QuestionnaireResponse's bytes, or null */
    @Override
    public byte[] questionnaireResponse() {
        return questionnaireResponse == null ? null : questionnaireResponse.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResponseRequest other && enrolment == other.enrolment
                && Objects.equals(occasion, other.occasion)
                && Objects.equals(sequence, other.sequence) && role == other.role
                && Objects.equals(answeredOn, other.answeredOn)
                && Arrays.equals(questionnaireResponse, other.questionnaireResponse);
    }

    @Override
    public int hashCode() {
        return Objects.hash(enrolment, occasion, sequence, role, answeredOn)
                + 31 * Arrays.hashCode(questionnaireResponse);
    }

    /** Never gives the answers. */
    @Override
    public String toString() {
        return "ResponseRequest[enrolment " + enrolment + ", " + occasion + "#" + sequence + ", " + role + "]";
    }
}
