package se.folja.export.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import se.folja.api.export.DurationLine;
import se.folja.api.export.FollowUpTable;
import se.folja.api.export.Suppression;
import se.folja.store.spi.FollowUpExportSource;
import se.folja.store.spi.FollowUpExportSource.DurationStats;

/**
 * Umeå's table of enrolment durations: ongoing and ended, each line's figures from the database, a line of fewer
 * than k clients suppressed. The two lines have no total beside them, so neither gives the other away.
 */
final class DurationExport {

    static final String KIND = "followup-durations";

    private final FollowUpExportSource source;

    DurationExport(FollowUpExportSource source) {
        this.source = source;
    }

    FollowUpTable<DurationLine> table(FollowUpContext context, LocalDate asOf) {
        List<DurationStats> stats = context.reachesNone() ? List.of()
                : source.durations(context.selection(), asOf);
        int k = context.k();
        List<DurationLine> lines = new ArrayList<>();
        for (boolean ended : new boolean[] {false, true}) {
            DurationStats s = stats.stream().filter(d -> d.ended() == ended).findFirst().orElse(null);
            lines.add(line(ended ? DurationLine.ENDED : DurationLine.ONGOING, s, k));
        }
        Map<String, String> parameters = context.parameters();
        parameters.put("asOf", asOf.toString());
        context.audit(KIND, parameters, lines.size(), k);
        return new FollowUpTable<>(KIND, parameters, context.now(), k, context.versions(), lines);
    }

    static DurationLine line(String status, DurationStats s, int k) {
        if (s == null) {
            return new DurationLine(status, 0L, null, null, null, null, false);
        }
        if (Suppression.small(s.clients(), k)) {
            return new DurationLine(status, null, null, null, null, null, true);
        }
        return new DurationLine(status, s.enrolments(), s.min(), s.max(),
                Figures.mean(BigDecimal.valueOf(s.sum()), s.enrolments()),
                Figures.median(BigDecimal.valueOf(s.lowerMedian()), BigDecimal.valueOf(s.upperMedian())), false);
    }
}
