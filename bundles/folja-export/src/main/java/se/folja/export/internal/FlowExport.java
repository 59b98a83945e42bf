package se.folja.export.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import se.folja.api.Period;
import se.folja.api.export.Cell;
import se.folja.api.export.FlowInterval;
import se.folja.api.export.FlowLine;
import se.folja.api.export.FollowUpTable;
import se.folja.api.export.Suppression;
import se.folja.api.person.LegalGender;
import se.folja.store.spi.FollowUpExportSource;
import se.folja.store.spi.FollowUpExportSource.FlowCount;
import se.folja.store.spi.FollowUpExportSource.Slice;

/**
 * Enrolled and ended per period and legal gender: the periods of the interval clipped to the export's, and the
 * export's whole period as the total; per measure a table of periods × women and men with every total, suppressed
 * by {@link Suppression#of}.
 */
final class FlowExport {

    static final String KIND = "followup-enrolled-and-ended";
    static final List<String> MEASURES = List.of("active", "started", "ended");
    private static final List<String> GENDERS = List.of(LegalGender.FEMALE.name(), LegalGender.MALE.name());

    private final FollowUpExportSource source;

    FlowExport(FollowUpExportSource source) {
        this.source = source;
    }

    /** @return the periods of the interval in [from, to], each clipped to it, numbered from 1 */
    static List<Slice> slices(Period period, FlowInterval interval) {
        List<Slice> slices = new ArrayList<>();
        for (LocalDate start = interval.start(period.from()); !start.isAfter(period.to());
                start = interval.next(start)) {
            LocalDate first = start.isBefore(period.from()) ? period.from() : start;
            LocalDate last = interval.next(start).minusDays(1);
            slices.add(new Slice(slices.size() + 1, first, last.isAfter(period.to()) ? period.to() : last));
        }
        return slices;
    }

    FollowUpTable<FlowLine> table(FollowUpContext context, Period period, FlowInterval interval) {
        List<Slice> slices = slices(period, interval);
        List<Slice> read = new ArrayList<>(slices);
        read.add(new Slice(0, period.from(), period.to()));
        Map<Integer, Map<String, FlowCount>> counts = new HashMap<>();
        if (!context.reachesNone()) {
            for (FlowCount c : source.flow(context.selection(), read)) {
                counts.computeIfAbsent(c.slice(), s -> new HashMap<>()).put(c.legalGender(), c);
            }
        }
        List<String> labels = slices.stream().map(s -> interval.label(s.first())).toList();
        int k = context.k();
        List<FlowLine> lines = lines(labels, counts, k);
        Map<String, String> parameters = context.parameters();
        parameters.put("from", period.from().toString());
        parameters.put("to", period.to().toString());
        parameters.put("period", interval.name().toLowerCase(Locale.ROOT));
        context.audit(KIND, parameters, lines.size(), k);
        return new FollowUpTable<>(KIND, parameters, context.now(), k, context.versions(), lines);
    }

    /**
     * @param labels the periods' names, period {@code i + 1} at {@code i}
     * @param counts per period number (0 for the whole period) and legal gender, the counts
     * @return per period, then the total: per measure, women, men and both
     */
    static List<FlowLine> lines(List<String> labels, Map<Integer, Map<String, FlowCount>> counts, int k) {
        int periods = labels.size();
        List<Suppression> suppressions = new ArrayList<>();
        List<long[][]> cellsByMeasure = new ArrayList<>();
        List<long[]> rowTotalsByMeasure = new ArrayList<>();
        List<long[]> columnTotalsByMeasure = new ArrayList<>();
        for (int m = 0; m < MEASURES.size(); m++) {
            long[][] cells = new long[periods][GENDERS.size()];
            long[] rowTotals = new long[periods];
            for (int p = 0; p < periods; p++) {
                for (int g = 0; g < GENDERS.size(); g++) {
                    cells[p][g] = count(counts, p + 1, GENDERS.get(g), m);
                    rowTotals[p] += cells[p][g];
                }
            }
            long[] columnTotals = new long[GENDERS.size()];
            long grand = 0;
            for (int g = 0; g < GENDERS.size(); g++) {
                columnTotals[g] = count(counts, 0, GENDERS.get(g), m);
                grand += columnTotals[g];
            }
            suppressions.add(Suppression.of(cells, rowTotals, columnTotals, grand, k));
            cellsByMeasure.add(cells);
            rowTotalsByMeasure.add(rowTotals);
            columnTotalsByMeasure.add(new long[] {columnTotals[0], columnTotals[1], grand});
        }
        List<FlowLine> lines = new ArrayList<>();
        for (int p = 0; p <= periods; p++) {
            boolean total = p == periods;
            String label = total ? Cell.TOTAL : labels.get(p);
            for (int m = 0; m < MEASURES.size(); m++) {
                Suppression s = suppressions.get(m);
                for (int g = 0; g <= GENDERS.size(); g++) {
                    String gender = g == GENDERS.size() ? Cell.TOTAL : GENDERS.get(g);
                    long value;
                    boolean hidden;
                    if (total) {
                        value = columnTotalsByMeasure.get(m)[g];
                        hidden = g == GENDERS.size() ? s.grand() : s.column(g);
                    } else if (g == GENDERS.size()) {
                        value = rowTotalsByMeasure.get(m)[p];
                        hidden = s.row(p);
                    } else {
                        value = cellsByMeasure.get(m)[p][g];
                        hidden = s.cell(p, g);
                    }
                    lines.add(new FlowLine(label, MEASURES.get(m), gender, hidden ? null : value, hidden));
                }
            }
        }
        return lines;
    }

    private static long count(Map<Integer, Map<String, FlowCount>> counts, int slice, String gender, int measure) {
        FlowCount c = counts.getOrDefault(slice, Map.of()).get(gender);
        if (c == null) {
            return 0;
        }
        return switch (measure) {
            case 0 -> c.active();
            case 1 -> c.started();
            default -> c.ended();
        };
    }
}
