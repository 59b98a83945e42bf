package se.folja.api.followup;

/**
 * Where an enrolment stands.
 *
 * @since 1.1.0
 */
public enum EnrolmentStatus {
    /** Enrolled, not ended. */
    ONGOING,
    /** Ended, with a day and a reason. */
    ENDED,
    /** Entered by mistake: kept with its history, counted nowhere, nothing falls due. */
    ANNULLED
}
