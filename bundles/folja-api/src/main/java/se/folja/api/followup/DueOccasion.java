package se.folja.api.followup;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import se.folja.api.person.PersonalIdentityNumber;

/**
 * A measurement occasion of an enrolment that is open for answers and not yet answered by every respondent role.
 *
 * @param enrolmentId the enrolment
 * @param client the client
 * @param unit the unit
 * @param responsible who follows the enrolment, or null
 * @param templateCode the template
 * @param templateVersion the version the enrolment answers
 * @param occasion the occasion's code in the template
 * @param sequence 1 for the first time the occasion falls due, 2 for the second (an every-N-weeks occasion)…
 * @param due the day it falls due
 * @param unanswered the respondent roles without a response, in the template's order, at least one
 * @param overdue whether more than {@link Enrolments#OVERDUE_AFTER_DAYS} days have passed since {@code due}
 * @since 1.1.0
 */
public record DueOccasion(long enrolmentId, PersonalIdentityNumber client, String unit, String responsible,
        String templateCode, int templateVersion, String occasion, int sequence, LocalDate due,
        List<RespondentRole> unanswered, boolean overdue) {

    public DueOccasion {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(templateCode, "templateCode");
        Objects.requireNonNull(occasion, "occasion");
        Objects.requireNonNull(due, "due");
        unanswered = List.copyOf(unanswered);
    }

    /** Never gives the client. */
    @Override
    public String toString() {
        return "DueOccasion[enrolment " + enrolmentId + ", " + occasion + "#" + sequence + ", " + due
                + (overdue ? ", overdue" : "") + "]";
    }
}
