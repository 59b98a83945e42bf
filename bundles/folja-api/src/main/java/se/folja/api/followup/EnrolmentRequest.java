package se.folja.api.followup;

import java.time.LocalDate;

/**
 * An enrolment as asked for, every field as sent (null where absent), checked by the service.
 *
 * @param template the template's code (required); the version is the one enabled for the unit on {@code start}
 * @param unit the unit's code (required, one of the caller's units)
 * @param client the client's personnummer or samordningsnummer as written (required)
 * @param grant the grant the enrolment was proposed from, or null; if given, it must be the client's, at the
 *     unit, and valid on {@code start}
 * @param start the first day, or null for today
 * @param responsible login name of the member of staff who follows it, or null
 * @since 1.1.0
 */
public record EnrolmentRequest(String template, String unit, String client, Long grant, LocalDate start,
        String responsible) {

    /** Never gives the client. */
    @Override
    public String toString() {
        return "EnrolmentRequest[" + template + ", " + unit + ", grant " + grant + ", " + start + "]";
    }
}
