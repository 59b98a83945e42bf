package se.folja.followup.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import se.folja.api.followup.Enrolment;
import se.folja.api.followup.EnrolmentEndReason;
import se.folja.api.followup.EnrolmentStatus;
import se.folja.api.followup.Occasion;
import se.folja.api.followup.OccasionKind;

/** When each kind of occasion falls due, and which times are open on a day. */
class OccasionScheduleTest {

    private static final Occasion BASELINE = new Occasion("baseline", OccasionKind.BASELINE, null, null);
    private static final Occasion EVERY_4 = new Occasion("every-4-weeks", OccasionKind.EVERY_N_WEEKS, 4, null);
    private static final Occasion END = new Occasion("end", OccasionKind.AT_END, null, null);
    private static final Occasion AFTER_6 = new Occasion("after", OccasionKind.MONTHS_AFTER_END, null, 6);
    private static final LocalDate START = LocalDate.of(2026, 1, 31);

    private static Enrolment enrolment(LocalDate end, EnrolmentEndReason reason, EnrolmentStatus status) {
        return new Enrolment(1, 1, "ORS", 1, "U", DefaultEnrolmentsTest.person(LocalDate.of(1990, 5, 5), 12), null,
                null, START, end, reason, status, null, 1, "anna", EnrolmentTestDoubles.STORED);
    }

    private static final Enrolment ONGOING = enrolment(null, null, EnrolmentStatus.ONGOING);
    private static final Enrolment COMPLETED = enrolment(LocalDate.of(2026, 8, 31), EnrolmentEndReason.COMPLETED,
            EnrolmentStatus.ENDED);

    @Test
    void eachKindFallsDueByItsRule() {
        assertEquals(Optional.of(START), OccasionSchedule.due(BASELINE, 1, ONGOING));
        assertEquals(Optional.empty(), OccasionSchedule.due(BASELINE, 2, ONGOING));
        assertEquals(Optional.of(LocalDate.of(2026, 2, 28)), OccasionSchedule.due(EVERY_4, 1, ONGOING));
        assertEquals(Optional.of(LocalDate.of(2026, 8, 15)), OccasionSchedule.due(EVERY_4, 7, ONGOING));
        assertEquals(Optional.empty(), OccasionSchedule.due(EVERY_4, 8, COMPLETED), "past the end");
        assertEquals(Optional.empty(), OccasionSchedule.due(END, 1, ONGOING));
        assertEquals(Optional.of(LocalDate.of(2026, 8, 31)), OccasionSchedule.due(END, 1, COMPLETED));
        assertEquals(Optional.of(LocalDate.of(2027, 2, 28)), OccasionSchedule.due(AFTER_6, 1, COMPLETED),
                "six months after 31 August is the last day of February");
        assertEquals(Optional.empty(), OccasionSchedule.due(AFTER_6, 1, enrolment(LocalDate.of(2026, 8, 31),
                EnrolmentEndReason.MOVED, EnrolmentStatus.ENDED)));
        assertEquals(Optional.empty(), OccasionSchedule.due(END, 1, enrolment(LocalDate.of(2026, 8, 31),
                EnrolmentEndReason.DECLINED, EnrolmentStatus.ENDED)));
        assertEquals(Optional.empty(), OccasionSchedule.due(BASELINE, 1, enrolment(null, null,
                EnrolmentStatus.ANNULLED)));
    }

    @Test
    void aTimeOpensSevenDaysBeforeItFallsDueAndOnlyTheLatestRepeatedTimeIsOpen() {
        List<Occasion> all = List.of(BASELINE, EVERY_4, END, AFTER_6);

        assertEquals(List.of("baseline#1"), open(all, ONGOING, START.minusDays(7)));
        assertEquals(List.of(), open(all, ONGOING, START.minusDays(8)));
        assertEquals(List.of("baseline#1", "every-4-weeks#1"), open(all, ONGOING, LocalDate.of(2026, 2, 21)));
        assertEquals(List.of("baseline#1", "every-4-weeks#6"), open(all, ONGOING, LocalDate.of(2026, 7, 20)));
        assertEquals(List.of("baseline#1", "every-4-weeks#7", "end#1", "after#1"),
                open(all, COMPLETED, LocalDate.of(2027, 3, 1)), "the repeated times stop at the end");
    }

    private static List<String> open(List<Occasion> occasions, Enrolment e, LocalDate on) {
        return OccasionSchedule.open(occasions, e, on).stream().map(d -> d.occasion().code() + "#" + d.sequence())
                .toList();
    }
}
