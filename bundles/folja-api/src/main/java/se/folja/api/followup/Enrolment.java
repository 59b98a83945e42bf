package se.folja.api.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import se.folja.api.person.PersonalIdentityNumber;

/**
 * A client enrolled in a follow-up at a unit: the template version enabled for the unit on the first day, which
 * the enrolment answers to its end even when a newer version is enabled later.
 *
 * @param id Följa's number of the enrolment
 * @param enablementId the enablement it was made under
 * @param templateCode the template's code
 * @param templateVersion the template version its responses answer
 * @param unit the unit's code
 * @param client the client
 * @param grantId the grant it was proposed from, or null if enrolled by hand
 * @param responsible login name of the member of staff who follows it, or null
 * @param start the first day
 * @param end the last day, null while ongoing
 * @param endReason why it ended, null while ongoing
 * @param status ongoing, ended or annulled
 * @param annulmentReason why it was annulled (free text, personal data), null unless annulled
 * @param revision 1 when enrolled, growing by one with every change
 * @param changedBy login name of who changed it last
 * @param changedAt when
 * @since 1.1.0
 */
public record Enrolment(long id, long enablementId, String templateCode, int templateVersion, String unit,
        PersonalIdentityNumber client, Long grantId, String responsible, LocalDate start, LocalDate end,
        EnrolmentEndReason endReason, EnrolmentStatus status, String annulmentReason, long revision,
        String changedBy, Instant changedAt) {

    public Enrolment {
        Objects.requireNonNull(templateCode, "templateCode");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(changedBy, "changedBy");
        Objects.requireNonNull(changedAt, "changedAt");
        if ((end == null) != (endReason == null)) {
            throw new IllegalArgumentException("an end has a day and a reason, or neither");
        }
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("end is before start");
        }
    }

    /** Gives ids, codes and days, never the client or a free text. */
    @Override
    public String toString() {
        return "Enrolment[" + id + ", " + templateCode + " v" + templateVersion + ", " + unit + ", " + start + ".."
                + end + ", " + status + "]";
    }
}
