package se.folja.api.ibic;

import java.util.List;

/**
 * An assessment as the user entered it, to record or to correct; {@link Assessments} validates every field and
 * names each invalid one ({@code needs[2].qualifier}).
 *
 * @param client personnummer or samordningsnummer of a client known to Följa (with a grant, registration or
 *     journal entry); ignored in a correction, which cannot move an assessment to another client
 * @param unit the unit's code; the user must belong to it
 * @param assessedOn ISO date of the assessment, not in the future
 * @param caseOfficer the case officer (<em>handläggare</em>) who assessed, 1–100 characters; null for the user
 * @param needs at least one
 * @since 1.0.0
 */
public record AssessmentRequest(String client, String unit, String assessedOn, String caseOfficer,
        List<NeedRequest> needs) {

    /** Masked: the client never reaches a log line through {@code toString}. */
    @Override
    public String toString() {
        return "AssessmentRequest[unit=" + unit + ", needs=" + (needs == null ? 0 : needs.size()) + "]";
    }
}
