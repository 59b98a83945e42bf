package se.folja.api.followup;

/**
 * What a revision of an enrolment did.
 *
 * @since 1.1.0
 */
public enum EnrolmentChangeKind {
    /** The client was enrolled. */
    ENROLLED,
    /** The member of staff who follows it changed. */
    ASSIGNED,
    /** It was ended, or its end corrected. */
    ENDED,
    /** It was annulled. */
    ANNULLED
}
