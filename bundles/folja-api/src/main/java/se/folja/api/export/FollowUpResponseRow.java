package se.folja.api.export;

import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One completed response as a statistician receives it: the client only as a keyed pseudonym, no date finer than the
 * month, no free text — a value per exported question ({@link PreparedResponseExport#questions()}).
 *
 * @param client the client's pseudonym, letters only
 * @param unit the enrolment's unit
 * @param template the template's code
 * @param version the template version answered
 * @param occasion the occasion's code
 * @param sequence which time the occasion fell due, from 1
 * @param role who answered: {@code CASE_OFFICER}, {@code PROVIDER} or {@code CLIENT}
 * @param answeredMonth the month answered, e.g. {@code 2026-09}
 * @param ageBand the client's age band on the day answered
 * @param gender {@code FEMALE} or {@code MALE} (legal gender)
 * @param answers per exported question, in their order, the values given: a code, a number, {@code true} or
 *     {@code false}, or a month; several values (a multiple choice, a repeating group) joined by {@code |}, as the
 *     non-delivery record export joins life areas; null if unanswered
 * @since 1.2.0
 */
public record FollowUpResponseRow(String client, String unit, String template, int version, String occasion,
        int sequence, String role, String answeredMonth, String ageBand, String gender, List<String> answers) {

    public FollowUpResponseRow {
        Objects.requireNonNull(client, "client");
        answers = Collections.unmodifiableList(new java.util.ArrayList<>(answers));
    }
}
