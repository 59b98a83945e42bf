package se.folja.followup.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import se.folja.api.followup.Enrolment;
import se.folja.api.followup.EnrolmentEndReason;
import se.folja.api.followup.EnrolmentStatus;
import se.folja.api.followup.Enrolments;
import se.folja.api.followup.Occasion;
import se.folja.api.followup.OccasionKind;

/**
 * When an enrolment's measurement occasions fall due ({@link Enrolments} says the rules): {@code BASELINE} on the
 * first day; {@code EVERY_N_WEEKS} N, 2N, 3N… weeks after it, up to the last day; {@code AT_END} on the last day
 * of an enrolment that ended completed, moved or dropped out; {@code MONTHS_AFTER_END} N months after the last day
 * of a completed one. An annulled enrolment has none.
 */
final class OccasionSchedule {

    private static final Set<EnrolmentEndReason> MEASURED_AT_END = Set.of(EnrolmentEndReason.COMPLETED,
            EnrolmentEndReason.MOVED, EnrolmentEndReason.DROPOUT);

    /** One time an occasion falls due. */
    record Due(Occasion occasion, int sequence, LocalDate day) {
    }

    private OccasionSchedule() {
    }

    /**
     * @return the day the {@code sequence}th time of the occasion falls due for the enrolment, or empty if it never
     *     does (a sequence past the end, an end occasion of an ongoing enrolment, a sequence other than 1 of a
     *     one-time occasion)
     */
    static Optional<LocalDate> due(Occasion occasion, int sequence, Enrolment enrolment) {
        if (enrolment.status() == EnrolmentStatus.ANNULLED || sequence < 1) {
            return Optional.empty();
        }
        LocalDate day = switch (occasion.kind()) {
            case BASELINE -> sequence == 1 ? enrolment.start() : null;
            case EVERY_N_WEEKS -> {
                LocalDate d = enrolment.start().plusWeeks((long) sequence * occasion.weeks());
                yield enrolment.end() == null || !d.isAfter(enrolment.end()) ? d : null;
            }
            case AT_END -> sequence == 1 && enrolment.status() == EnrolmentStatus.ENDED
                    && MEASURED_AT_END.contains(enrolment.endReason()) ? enrolment.end() : null;
            case MONTHS_AFTER_END -> sequence == 1 && enrolment.status() == EnrolmentStatus.ENDED
                    && enrolment.endReason() == EnrolmentEndReason.COMPLETED
                            ? enrolment.end().plusMonths(occasion.months()) : null;
        };
        return Optional.ofNullable(day);
    }

    /**
     * The times the occasions are open for answers on {@code on}: falling due at most
     * {@link Enrolments#OPENS_DAYS_BEFORE} days later. Of a repeated occasion only the latest opened time is
     * listed: an earlier one that was not answered is missed once the next is open.
     *
     * @return by occasion in the template's order
     */
    static List<Due> open(List<Occasion> occasions, Enrolment enrolment, LocalDate on) {
        LocalDate horizon = on.plusDays(Enrolments.OPENS_DAYS_BEFORE);
        List<Due> open = new ArrayList<>();
        for (Occasion occasion : occasions) {
            int sequence = 1;
            if (occasion.kind() == OccasionKind.EVERY_N_WEEKS) {
                // the latest time not past the horizon, nor past the end
                LocalDate limit = enrolment.end() != null && enrolment.end().isBefore(horizon) ? enrolment.end()
                        : horizon;
                long times = ChronoUnit.WEEKS.between(enrolment.start(), limit) / occasion.weeks();
                if (times < 1) {
                    continue;
                }
                sequence = (int) Math.min(times, Integer.MAX_VALUE);
            }
            int chosen = sequence;
            due(occasion, chosen, enrolment).filter(d -> !d.isAfter(horizon))
                    .ifPresent(d -> open.add(new Due(occasion, chosen, d)));
        }
        return open;
    }
}
