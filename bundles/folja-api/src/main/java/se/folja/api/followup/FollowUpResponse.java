package se.folja.api.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import se.folja.api.person.PersonalIdentityNumber;

/**
 * A stored response: one respondent role's answers at one occasion of an enrolment, to the template version the
 * enrolment answers.
 *
 * @param id Följa's number of the response
 * @param enrolmentId the enrolment
 * @param unit the enrolment's unit
 * @param client the enrolment's client
 * @param templateCode the template
 * @param templateVersion the version answered
 * @param occasion the occasion's code
 * @param sequence which time the occasion fell due, from 1
 * @param role who answered
 * @param answeredOn the day the respondent answered
 * @param answers the answers by the questionnaire's order of items; questions left unanswered are absent
 * @param status completed or entered in error
 * @param errorReason why it was marked entered in error (free text, personal data), null unless it was
 * @param revision 1 when submitted, growing by one with every change
 * @param changedBy login name of who submitted or changed it last
 * @param changedAt when
 * @since 1.1.0
 */
public record FollowUpResponse(long id, long enrolmentId, String unit, PersonalIdentityNumber client,
        String templateCode, int templateVersion, String occasion, int sequence, RespondentRole role,
        LocalDate answeredOn, List<Answer> answers, ResponseStatus status, String errorReason, long revision,
        String changedBy, Instant changedAt) {

    public FollowUpResponse {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(templateCode, "templateCode");
        Objects.requireNonNull(occasion, "occasion");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(answeredOn, "answeredOn");
        answers = List.copyOf(answers);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(changedBy, "changedBy");
        Objects.requireNonNull(changedAt, "changedAt");
    }

    /** Gives ids and codes, never the client or an answer. */
    @Override
    public String toString() {
        return "FollowUpResponse[" + id + ", enrolment " + enrolmentId + ", " + templateCode + " v"
                + templateVersion + ", " + occasion + "#" + sequence + ", " + role + ", " + answers.size()
                + " answers, " + status + "]";
    }
}
