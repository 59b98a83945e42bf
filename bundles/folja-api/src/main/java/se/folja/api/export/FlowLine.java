package se.folja.api.export;

import java.util.Objects;

/**
 * A count of enrolments in one period, by legal gender, as Umeå counts its cases (e.g. January–May: 98 enrolled, 67
 * men and 31 women; 21 newly enrolled; 7 ended): {@code active} — enrolled at some time in the period (started on or
 * before its last day, not ended before its first); {@code started} — started in it; {@code ended} — ended in it.
 * Annulled enrolments count nowhere. Each period is clipped to the export's; the period {@link Cell#TOTAL} is the
 * export's whole period.
 *
 * @param period e.g. {@code 2026-01}, {@code 2026-Q1}, {@code 2026}, or {@link Cell#TOTAL}
 * @param measure {@code active}, {@code started} or {@code ended}
 * @param gender {@code FEMALE}, {@code MALE} (legal gender) or {@link Cell#TOTAL}
 * @param enrolments the count; null if suppressed
 * @param suppressed true if the count is of 1 to k − 1 enrolments, or is hidden so that such a count cannot be
 *     recomputed from the totals
 * @since 1.2.0
 */
public record FlowLine(String period, String measure, String gender, Long enrolments, boolean suppressed) {

    public FlowLine {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(gender, "gender");
    }
}
