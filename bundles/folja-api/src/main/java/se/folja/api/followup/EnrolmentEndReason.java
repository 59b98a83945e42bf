package se.folja.api.followup;

/**
 * Why an enrolment in a follow-up ended.
 *
 * @since 1.1.0
 */
public enum EnrolmentEndReason {
    /** The intervention or the follow-up was completed as planned (<em>avslutad enligt plan</em>). */
    COMPLETED,
    /** The client moved away (<em>flyttat</em>). */
    MOVED,
    /** The client died (<em>avlidit</em>). */
    DIED,
    /** The client dropped out (<em>avbrott, bortfall</em>). */
    DROPOUT,
    /** The client declined to take part (<em>avböjt</em>). */
    DECLINED
}
