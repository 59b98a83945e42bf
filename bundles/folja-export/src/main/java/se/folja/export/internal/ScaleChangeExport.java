package se.folja.export.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import se.folja.api.Period;
import se.folja.api.ValidationException;
import se.folja.api.export.AgeGroup;
import se.folja.api.export.Cell;
import se.folja.api.export.FollowUpTable;
import se.folja.api.export.PreparedExport;
import se.folja.api.export.RecordExport;
import se.folja.api.export.RowSink;
import se.folja.api.export.ScaleChangeLine;
import se.folja.api.export.ScaleChangeRow;
import se.folja.api.export.ScaleGrouping;
import se.folja.api.export.ScaleOutcome;
import se.folja.api.export.Suppression;
import se.folja.api.followup.ScoringScale;
import se.folja.export.internal.ScaleClassifier.Classified;
import se.folja.store.spi.FollowUpExportSource;
import se.folja.store.spi.FollowUpExportSource.ScaleMeasures;

/**
 * Change on a scale (ORS's total) from the first to the latest measurement per enrolment: the database gives each
 * enrolment's two totals, one row at a time, and this class classifies and counts them as they come — memory grows
 * with the groups, never with the enrolments — or hands each out as a pseudonymised row.
 *
 * <p>The outcomes partition the enrolments measured, so per group and outcome they are a table with every total,
 * suppressed by {@link Suppression#of} (without groups, a list with its total, {@link Suppression#ofList}). Recovered
 * is a part of reliably improved: it is hidden when its improved count is, when it or the improved who did not recover
 * count 1 to k − 1, and so that no single hidden one follows from its total.
 */
final class ScaleChangeExport {

    static final String KIND = "followup-scale-change";
    static final String RECORDS_KIND = "followup-scale-change-enrolments";

    private static final int OUTCOMES = ScaleOutcome.values().length;
    private static final int IMPROVED = ScaleOutcome.RELIABLY_IMPROVED.ordinal();
    /** The counts' place of the recovered, after the outcomes. */
    private static final int RECOVERED = OUTCOMES;

    private final FollowUpExportSource source;

    ScaleChangeExport(FollowUpExportSource source) {
        this.source = source;
    }

    /**
     * @param code the scale asked for, or null
     * @return the template's scale of the code, or its one scale; null if an error was added ({@code scale})
     */
    static ScoringScale scale(TemplateScope template, String code, ValidationException.Builder errors) {
        List<ScoringScale> scales = template.newest().scoring();
        String names = scales.stream().map(ScoringScale::code).collect(Collectors.joining(", "));
        if (scales.isEmpty()) {
            errors.add("scale", "the template has no scale");
            return null;
        }
        if (code == null || code.isBlank()) {
            if (scales.size() == 1) {
                return scales.get(0);
            }
            errors.add("scale", "is required: one of " + names);
            return null;
        }
        ScoringScale scale = template.scale(code.strip()).orElse(null);
        if (scale == null) {
            errors.add("scale", "is not a scale of the template; its scales: " + names);
        }
        return scale;
    }

    FollowUpTable<ScaleChangeLine> table(FollowUpContext context, Period period, ScoringScale scale,
            ScaleGrouping groupBy, List<AgeGroup> groups) {
        // per group, the enrolments of each outcome and the recovered; units by code, age groups as given
        Map<String, long[]> counts = groupBy == ScaleGrouping.UNIT ? new TreeMap<>() : new LinkedHashMap<>();
        if (groupBy == ScaleGrouping.AGE_GROUP) {
            groups.forEach(g -> counts.put(g.label(), new long[OUTCOMES + 1]));
        }
        long[] all = new long[OUTCOMES + 1];
        if (!context.reachesNone()) {
            read(context, period, scale, m -> {
                int age = AgeBands.age(m.birthDay(), m.firstDay());
                Classified c = ScaleClassifier.classify(scale, age, m.first(), m.latest());
                long[] group = switch (groupBy) {
                    case NONE -> all;
                    case UNIT -> counts.computeIfAbsent(m.unit(), u -> new long[OUTCOMES + 1]);
                    case AGE_GROUP -> groups.stream().filter(g -> g.contains(age)).findFirst()
                            .map(g -> counts.get(g.label())).orElse(null);
                };
                if (group != null) {
                    group[c.outcome().ordinal()]++;
                    group[RECOVERED] += c.recovered() ? 1 : 0;
                }
            });
        }
        int k = context.k();
        List<ScaleChangeLine> lines = groupBy == ScaleGrouping.NONE ? lines(all, k) : lines(counts, k);
        Map<String, String> parameters = context.parameters();
        parameters.put("from", period.from().toString());
        parameters.put("to", period.to().toString());
        parameters.put("scale", scale.code());
        parameters.put("groupBy", switch (groupBy) {
            case NONE -> "";
            case UNIT -> "unit";
            case AGE_GROUP -> "ageGroup";
        });
        parameters.put("ageGroups", groupBy != ScaleGrouping.AGE_GROUP ? ""
                : groups.stream().map(AgeGroup::label).collect(Collectors.joining(",")));
        context.audit(KIND, parameters, lines.size(), k);
        return new FollowUpTable<>(KIND, parameters, context.now(), k, context.versions(), lines);
    }

    /** Reads the enrolments' measures, none of which fails. */
    private void read(FollowUpContext context, Period period, ScoringScale scale,
            Consumer<ScaleMeasures> each) {
        try {
            source.scaleMeasures(context.selection(), period.from(), period.to(), scale.respondent(), scale.sumOf(),
                    m -> {
                        each.accept(m);
                        return true;
                    });
        } catch (IOException e) {
            throw new UncheckedIOException("counting the measures failed", e);
        }
    }

    /** @return the total's lines, without groups: the outcomes a list with its total */
    static List<ScaleChangeLine> lines(long[] total, int k) {
        long measured = measured(total);
        boolean[] hidden = Suppression.ofList(Arrays.copyOf(total, OUTCOMES), k);
        boolean measuredHidden = Suppression.small(measured, k);
        boolean recoveredHidden = hidden[IMPROVED] || recoveredSmall(total, k);
        List<ScaleChangeLine> lines = new ArrayList<>();
        addLines(lines, Cell.TOTAL, total, hidden, recoveredHidden, measuredHidden);
        return lines;
    }

    /** @return per group, then the total over the groups: the outcomes and the recovered */
    static List<ScaleChangeLine> lines(Map<String, long[]> counts, int k) {
        List<String> groups = new ArrayList<>(counts.keySet());
        long[] total = new long[OUTCOMES + 1];
        counts.values().forEach(c -> {
            for (int i = 0; i <= OUTCOMES; i++) {
                total[i] += c[i];
            }
        });
        if (groups.isEmpty()) {
            return lines(total, k);
        }
        long[][] cells = new long[groups.size()][OUTCOMES];
        long[] rows = new long[groups.size()];
        for (int g = 0; g < groups.size(); g++) {
            cells[g] = Arrays.copyOf(counts.get(groups.get(g)), OUTCOMES);
            rows[g] = measured(counts.get(groups.get(g)));
        }
        Suppression s = Suppression.of(cells, rows, Arrays.copyOf(total, OUTCOMES), measured(total), k);
        // recovered, a part of the improved: hidden with them, when small or leaving few improved, and complemented
        boolean[] recoveredHidden = new boolean[groups.size()];
        int hiddenGroups = 0;
        for (int g = 0; g < groups.size(); g++) {
            recoveredHidden[g] = s.cell(g, IMPROVED) || recoveredSmall(counts.get(groups.get(g)), k);
            hiddenGroups += recoveredHidden[g] ? 1 : 0;
        }
        boolean totalRecoveredHidden = s.column(IMPROVED) || recoveredSmall(total, k);
        if (!totalRecoveredHidden && hiddenGroups == 1) {
            totalRecoveredHidden = true;
        } else if (totalRecoveredHidden && hiddenGroups == 0) {
            int smallest = 0;
            for (int g = 1; g < groups.size(); g++) {
                long candidate = counts.get(groups.get(g))[RECOVERED];
                long current = counts.get(groups.get(smallest))[RECOVERED];
                if (candidate > 0 && (current == 0 || candidate < current)) {
                    smallest = g;
                }
            }
            recoveredHidden[smallest] = true;
        }
        List<ScaleChangeLine> lines = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            boolean[] hidden = new boolean[OUTCOMES];
            for (int o = 0; o < OUTCOMES; o++) {
                hidden[o] = s.cell(g, o);
            }
            addLines(lines, groups.get(g), counts.get(groups.get(g)), hidden, recoveredHidden[g], s.row(g));
        }
        boolean[] hidden = new boolean[OUTCOMES];
        for (int o = 0; o < OUTCOMES; o++) {
            hidden[o] = s.column(o);
        }
        addLines(lines, Cell.TOTAL, total, hidden, totalRecoveredHidden, s.grand());
        return lines;
    }

    private static void addLines(List<ScaleChangeLine> lines, String group, long[] counts, boolean[] hidden,
            boolean recoveredHidden, boolean measuredHidden) {
        long measured = measured(counts);
        for (ScaleOutcome o : ScaleOutcome.values()) {
            lines.add(line(group, o.name(), counts[o.ordinal()], hidden[o.ordinal()], measured, measuredHidden));
        }
        lines.add(line(group, ScaleChangeLine.RECOVERED, counts[RECOVERED], recoveredHidden, measured,
                measuredHidden));
    }

    private static ScaleChangeLine line(String group, String outcome, long count, boolean hidden, long measured,
            boolean measuredHidden) {
        boolean any = hidden || measuredHidden;
        return new ScaleChangeLine(group, outcome, hidden ? null : count, measuredHidden ? null : measured,
                any ? null : FollowUpTable.percent(count, measured), any);
    }

    /** @return whether the recovered, or the improved who did not recover, are 1 to k − 1 */
    private static boolean recoveredSmall(long[] counts, int k) {
        return Suppression.small(counts[RECOVERED], k) || Suppression.small(counts[IMPROVED] - counts[RECOVERED], k);
    }

    private static long measured(long[] counts) {
        long n = 0;
        for (int o = 0; o < OUTCOMES; o++) {
            n += counts[o];
        }
        return n;
    }

    /** The enrolments' changes, one pseudonymised row each: checked when prepared, streamed when written. */
    PreparedExport<ScaleChangeRow> prepare(FollowUpContext context, Period period, ScoringScale scale) {
        NonDeliveryRecordExport.requireKey(context.settings());
        Pseudonyms keyed = context.settings().pseudonyms();
        Map<String, String> parameters = context.parameters();
        parameters.put("from", period.from().toString());
        parameters.put("to", period.to().toString());
        parameters.put("scale", scale.code());
        RecordExport export = new RecordExport(RECORDS_KIND, parameters, context.now(), context.settings().keyId(),
                context.versions());
        return new PreparedExport<>() {
            @Override
            public RecordExport export() {
                return export;
            }

            @Override
            public long writeTo(RowSink<ScaleChangeRow> sink) throws IOException {
                long[] written = {0};
                try {
                    if (!context.reachesNone()) {
                        source.scaleMeasures(context.selection(), period.from(), period.to(), scale.respondent(),
                                scale.sumOf(), m -> {
                                    sink.row(row(keyed, scale, m));
                                    written[0]++;
                                    return true;
                                });
                    }
                } finally {
                    context.audit(RECORDS_KIND, parameters, written[0], 1);
                }
                return written[0];
            }
        };
    }

    static ScaleChangeRow row(Pseudonyms keyed, ScoringScale scale, ScaleMeasures m) {
        int age = AgeBands.age(m.birthDay(), m.firstDay());
        Classified c = ScaleClassifier.classify(scale, age, m.first(), m.latest());
        return new ScaleChangeRow(keyed.of(m.clientNumber()), m.unit(), m.legalGender(),
                AgeBands.of(m.birthDay(), AgeBands.day(m.firstDay())), m.measurements(),
                Figures.month(m.firstDay()), Figures.month(m.latestDay()), m.first(), m.latest(),
                m.latest().subtract(m.first()), c.outcome(), c.recovered());
    }
}
