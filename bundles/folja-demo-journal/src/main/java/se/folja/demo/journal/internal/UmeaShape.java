package se.folja.demo.journal.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import se.folja.api.followup.EnrolmentEndReason;
import se.folja.api.followup.RespondentRole;

/**
 * A treatment unit shaped like Umeå's Verksamhetsbanken (seed 002): its clients rate themselves with ORS at the
 * start, every four weeks and at the end. On the load day 83 enrolments are ongoing, in whole calendar months since
 * their start min 1, max 173, in all 2,350 (mean 28.31), and 7 have ended, in whole months from start to end min 14,
 * max 168, in all 288 (mean 41.14): Umeå's table of enrolment times. The change of the ORS total from the first
 * to the latest rating falls in every class — reliably improved, recovered (reliably improved and across the
 * cutoff), no reliable change, reliably deteriorated — each well clear of the thresholds (adults: cutoff 25,
 * reliable change 5), and every client is an adult, so that no age group's rule is near. Ratings are kept for the
 * last nine years ({@link #ratedFrom}).
 *
 * <p>Every day is counted from the load day ({@code anchor}); the same anchor gives the same unit every time.
 */
final class UmeaShape {

    static final KalmarShape.Unit UNIT = new KalmarShape.Unit("OPPENVARD", "Öppenvården, behandling",
            "Outpatient treatment");
    static final String TEMPLATE = "ORS";

    /** The ongoing enrolments' whole months from their start to the load day: 83, from 1 to 173, 2,350 in all. */
    static final int[] ONGOING_MONTHS = {1, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 4, 4, 4, 5, 5, 5, 6, 6, 7, 7, 7, 7, 8, 8,
        9, 9, 10, 10, 11, 11, 12, 12, 13, 13, 14, 14, 15, 15, 16, 17, 17, 18, 19, 20, 20, 21, 22, 23, 24, 25, 26, 27,
        28, 29, 30, 32, 33, 33, 35, 36, 38, 40, 42, 44, 46, 47, 50, 53, 56, 59, 62, 66, 71, 76, 82, 87, 95, 103, 112,
        124, 173};

    /** The ended enrolments' whole months from start to end: 7, from 14 to 168, 288 in all. */
    static final int[] ENDED_MONTHS = {14, 16, 19, 22, 23, 26, 168};

    /** Why each of {@link #ENDED_MONTHS} ended. */
    static final List<EnrolmentEndReason> ENDED_REASONS = List.of(EnrolmentEndReason.COMPLETED,
            EnrolmentEndReason.COMPLETED, EnrolmentEndReason.MOVED, EnrolmentEndReason.COMPLETED,
            EnrolmentEndReason.DROPOUT, EnrolmentEndReason.COMPLETED, EnrolmentEndReason.COMPLETED);

    /** The ORS items, each 0–10 with one decimal. */
    static final List<String> ITEMS = List.of("ors-individual", "ors-relations", "ors-social", "ors-general");

    /** The template's clinical cutoff and reliable change for adults, in tenths of a point. */
    static final int CUTOFF = 250;
    static final int RELIABLE_CHANGE = 50;

    /** How a client's ORS total changed from the first rating to the latest. */
    enum Change {
        /** Reliably improved and across the cutoff: from below 20 to 27 or more. */
        RECOVERED,
        /** Reliably improved (7–10 points) and still below the cutoff. */
        IMPROVED,
        /** Within 3 points. */
        NO_CHANGE,
        /** Reliably deteriorated, 7–12 points down. */
        DETERIORATED
    }

    /** How many enrolments change each way: 90 in all. */
    static final Map<Change, Integer> CHANGES = changes();

    private static Map<Change, Integer> changes() {
        Map<Change, Integer> counts = new LinkedHashMap<>();
        counts.put(Change.RECOVERED, 22);
        counts.put(Change.IMPROVED, 20);
        counts.put(Change.NO_CHANGE, 28);
        counts.put(Change.DETERIORATED, 20);
        return Collections.unmodifiableMap(counts);
    }

    final LocalDate anchor;
    final FollowUpPlan plan;
    /** The change of each of {@code plan.enrolments()}, in the same order. */
    final List<Change> changes;

    UmeaShape(LocalDate anchor) {
        this.anchor = anchor;
        List<Change> kinds = new ArrayList<>();
        CHANGES.forEach((change, count) -> kinds.addAll(Collections.nCopies(count, change)));
        Collections.shuffle(kinds, new Random(2_009));
        changes = List.copyOf(kinds);
        Set<String> taken = new HashSet<>();
        List<FollowUpPlan.Enrolment> enrolments = new ArrayList<>();
        for (int i = 0; i < ONGOING_MONTHS.length; i++) {
            LocalDate start = monthsBefore(anchor, ONGOING_MONTHS[i], i * 7);
            enrolments.add(enrolment(i, start, null, null, taken));
        }
        for (int k = 0; k < ENDED_MONTHS.length; k++) {
            // ended in the last five months
            LocalDate end = anchor.minusDays(12 + 21L * k);
            LocalDate start = monthsBefore(end, ENDED_MONTHS[k], k * 5);
            enrolments.add(enrolment(ONGOING_MONTHS.length + k, start, end, ENDED_REASONS.get(k), taken));
        }
        plan = new FollowUpPlan(UNIT, TEMPLATE, enabledFrom(anchor), enrolments);
    }

    /**
     * @return the first day ORS is enabled for the unit: the earliest start is at most 174 months back, and whole
     *     years before that, so that a load finished a day later than it began still starts every enrolment within
     *     the enablement
     */
    static LocalDate enabledFrom(LocalDate anchor) {
        return anchor.minusYears(15).withDayOfYear(1);
    }

    /**
     * @return the first day of the ratings kept: nine years before the load day, so that one export of at most ten
     *     years (the export's longest period) reads every rating, the first and the latest of each client; a client
     *     enrolled before it has its first rating kept at the first time ORS fell due since
     */
    static LocalDate ratedFrom(LocalDate anchor) {
        return anchor.minusYears(9);
    }

    /**
     * @return a day {@code months} whole calendar months before {@code day} ({@code ChronoUnit.MONTHS.between} gives
     *     exactly {@code months}), moved back up to {@code jitter} days within the same month
     */
    static LocalDate monthsBefore(LocalDate day, int months, int jitter) {
        LocalDate base = day.minusMonths(months);
        return base.minusDays(jitter % base.getDayOfMonth());
    }

    private FollowUpPlan.Enrolment enrolment(int i, LocalDate start, LocalDate end, EnrolmentEndReason reason,
            Set<String> taken) {
        Random random = new Random(2_009_000L + i);
        // adults all: aged 19 to 63 at the start; about two in three are men, as in Umeå's table
        int age = 19 + (i * 13) % 45;
        boolean woman = i % 3 == 0;
        String client = FollowUpPlan.personnummer(start.minusYears(age).minusDays((i * 37L) % 360), 95,
                woman ? 0 : 1, taken);
        // every four weeks after the start: those that have fallen due by the load day, or before the last day
        List<Integer> due = new ArrayList<>();
        for (int sequence = 1; ; sequence++) {
            LocalDate day = start.plusWeeks(4L * sequence);
            if (end == null ? day.isAfter(anchor) : !day.isBefore(end)) {
                break;
            }
            due.add(sequence);
        }
        int last = due.size();
        // now and then the latest rating of an ongoing enrolment is missing: it is overdue
        if (end == null && i % 10 == 3 && last >= 3) {
            last--;
        }
        int first = Math.max(1, last - (i % 3));
        List<String> occasions = new ArrayList<>();
        List<Integer> sequences = new ArrayList<>();
        List<LocalDate> days = new ArrayList<>();
        LocalDate ratedFrom = ratedFrom(anchor);
        if (!start.isBefore(ratedFrom)) {
            occasions.add("baseline");
            sequences.add(1);
            days.add(start);
        } else {
            // enrolled before the ratings kept: the first kept is the first every four weeks since
            int kept = 1;
            while (start.plusWeeks(4L * kept).isBefore(ratedFrom)) {
                kept++;
            }
            occasions.add("every-4-weeks");
            sequences.add(kept);
            days.add(start.plusWeeks(4L * kept));
        }
        for (int sequence = first; sequence <= last; sequence++) {
            occasions.add("every-4-weeks");
            sequences.add(sequence);
            days.add(start.plusWeeks(4L * sequence));
        }
        if (end != null) {
            occasions.add("end");
            sequences.add(1);
            days.add(end);
        }
        int[] totals = totals(changes.get(i), occasions.size(), random);
        List<FollowUpPlan.Response> responses = new ArrayList<>();
        for (int r = 0; r < occasions.size(); r++) {
            int[] items = items(totals[r], random);
            List<FollowUpPlan.Item> answers = new ArrayList<>();
            for (int item = 0; item < ITEMS.size(); item++) {
                answers.add(FollowUpPlan.Item.tenths(ITEMS.get(item), items[item]));
            }
            responses.add(new FollowUpPlan.Response(occasions.get(r), sequences.get(r), RespondentRole.CLIENT,
                    days.get(r), answers));
        }
        return new FollowUpPlan.Enrolment(client, start, end, reason, null, FollowUpPlan.STAFF, responses);
    }

    /** @return the ORS totals in tenths of {@code count} ratings, the first and the last changing as {@code change} */
    static int[] totals(Change change, int count, Random random) {
        int first;
        int last;
        switch (change) {
            case RECOVERED -> {
                first = 120 + random.nextInt(81);
                last = 270 + random.nextInt(71);
            }
            case IMPROVED -> {
                first = 60 + random.nextInt(71);
                last = first + 70 + random.nextInt(31);
            }
            case NO_CHANGE -> {
                first = 150 + random.nextInt(181);
                last = first - 30 + random.nextInt(61);
            }
            default -> {
                first = 200 + random.nextInt(141);
                last = first - 70 - random.nextInt(51);
            }
        }
        int[] totals = new int[count];
        for (int r = 0; r < count; r++) {
            // the ratings between the first and the last go most of the way, a point or so either side
            int between = first + (last - first) * r / Math.max(1, count - 1) + random.nextInt(31) - 15;
            totals[r] = Math.max(0, Math.min(400, between));
        }
        totals[0] = first;
        totals[count - 1] = last;
        return totals;
    }

    /** @return four items of 0–100 tenths whose sum is {@code total} */
    static int[] items(int total, Random random) {
        int[] items = new int[ITEMS.size()];
        for (int k = 0; k < items.length; k++) {
            items[k] = total / items.length + (k < total % items.length ? 1 : 0);
        }
        for (int k = 0; k + 1 < items.length; k += 2) {
            int room = Math.min(Math.min(items[k], 100 - items[k]), Math.min(items[k + 1], 100 - items[k + 1]));
            int shift = Math.min(room, 20);
            int moved = shift == 0 ? 0 : random.nextInt(2 * shift + 1) - shift;
            items[k] += moved;
            items[k + 1] -= moved;
        }
        return items;
    }
}
