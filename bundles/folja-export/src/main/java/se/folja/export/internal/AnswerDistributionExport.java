package se.folja.export.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import se.folja.api.NotFoundException;
import se.folja.api.Period;
import se.folja.api.export.AnswerLine;
import se.folja.api.export.Cell;
import se.folja.api.export.FollowUpTable;
import se.folja.api.export.Suppression;
import se.folja.api.followup.Coding;
import se.folja.api.followup.QuestionType;
import se.folja.api.ibic.LifeArea;
import se.folja.api.ibic.LifeAreaMapper;
import se.folja.api.reasons.ReasonCatalogue;
import se.folja.export.internal.TemplateScope.Question;
import se.folja.store.spi.FollowUpExportSource;
import se.folja.store.spi.FollowUpExportSource.DateStats;
import se.folja.store.spi.FollowUpExportSource.NumberStats;
import se.folja.store.spi.FollowUpExportSource.ValueCount;

/**
 * The answer distribution per question: the counts and figures the database works out, in the questionnaires' order,
 * each question's total first, then every option (zeros too) or code given, suppressed per question by the clients
 * ({@link Suppression#ofList}: a small count, and a complement when one alone would follow from the total).
 */
final class AnswerDistributionExport {

    static final String KIND = "followup-answers";

    private final FollowUpExportSource source;
    private final ReasonCatalogue catalogue;
    private final LifeAreaMapper mapper;

    AnswerDistributionExport(FollowUpExportSource source, ReasonCatalogue catalogue, LifeAreaMapper mapper) {
        this.source = source;
        this.catalogue = catalogue;
        this.mapper = mapper;
    }

    FollowUpTable<AnswerLine> table(FollowUpContext context, Period period) {
        List<Question> questions = context.template().exported();
        List<String> counted = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        List<String> dates = new ArrayList<>();
        for (Question q : questions) {
            if (q.type().isChoice() || q.type() == QuestionType.BOOLEAN) {
                counted.add(q.linkId());
            } else if (q.type().isNumeric()) {
                numbers.add(q.linkId());
            } else if (q.type() == QuestionType.DATE) {
                dates.add(q.linkId());
            }
        }
        Map<String, Map<String, ValueCount>> values = new HashMap<>();
        Map<String, NumberStats> numberStats = new HashMap<>();
        Map<String, DateStats> dateStats = new HashMap<>();
        if (!context.reachesNone()) {
            var selection = context.selection();
            for (ValueCount v : source.valueCounts(selection, period.from(), period.to(), counted)) {
                values.computeIfAbsent(v.linkId(), l -> new HashMap<>()).put(v.value() == null ? Cell.TOTAL
                        : v.value(), v);
            }
            source.numberStats(selection, period.from(), period.to(), numbers)
                    .forEach(n -> numberStats.put(n.linkId(), n));
            source.dateStats(selection, period.from(), period.to(), dates).forEach(d -> dateStats.put(d.linkId(), d));
        }
        int k = context.k();
        List<AnswerLine> lines = new ArrayList<>();
        for (Question q : questions) {
            if (q.type().isNumeric()) {
                lines.add(numberLine(q, numberStats.get(q.linkId()), k));
            } else if (q.type() == QuestionType.DATE) {
                lines.add(dateLine(q, dateStats.get(q.linkId()), k));
            } else {
                lines.addAll(valueLines(q, values.getOrDefault(q.linkId(), Map.of()), k));
            }
        }
        Map<String, String> parameters = context.parameters();
        parameters.put("from", period.from().toString());
        parameters.put("to", period.to().toString());
        context.audit(KIND, parameters, lines.size(), k);
        return new FollowUpTable<>(KIND, parameters, context.now(), k, context.versions(), lines);
    }

    /** The question's total, then a line per answer; a suppressed total hides every answer. */
    List<AnswerLine> valueLines(Question q, Map<String, ValueCount> counts, int k) {
        List<String> codes = new ArrayList<>();
        Map<String, String> labels = new HashMap<>();
        if (q.type() == QuestionType.BOOLEAN) {
            codes.addAll(List.of("true", "false"));
        } else {
            for (Coding option : q.options()) {
                codes.add(option.code());
                labels.put(option.code(), option.display());
            }
            // codes given that no version offers as an option (a catalogue's, an option since removed), by code
            TreeSet<String> others = new TreeSet<>(counts.keySet());
            others.remove(Cell.TOTAL);
            others.removeAll(codes);
            codes.addAll(others);
        }
        ValueCount total = counts.get(Cell.TOTAL);
        boolean totalHidden = total != null && Suppression.small(total.clients(), k);
        long[] clients = codes.stream().mapToLong(c -> counts.containsKey(c) ? counts.get(c).clients() : 0).toArray();
        boolean[] hidden = Suppression.ofList(clients, k);
        List<AnswerLine> lines = new ArrayList<>();
        lines.add(countLine(q, Cell.TOTAL, null, total, totalHidden));
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            lines.add(countLine(q, code, labels.containsKey(code) ? labels.get(code) : label(q, code),
                    counts.get(code), hidden[i] || totalHidden));
        }
        return lines;
    }

    private static AnswerLine countLine(Question q, String value, String label, ValueCount count, boolean hidden) {
        if (hidden) {
            return new AnswerLine(q.linkId(), q.type().name(), value, label, null, null, null, null, null, null,
                    null, null, true);
        }
        return new AnswerLine(q.linkId(), q.type().name(), value, label, count == null ? 0 : count.responses(),
                count == null ? 0 : count.clients(), null, null, null, null, null, null, false);
    }

    static AnswerLine numberLine(Question q, NumberStats n, int k) {
        if (n == null) {
            return new AnswerLine(q.linkId(), q.type().name(), Cell.TOTAL, null, 0L, 0L, null, null, null, null, null,
                    null, false);
        }
        if (Suppression.small(n.clients(), k)) {
            return new AnswerLine(q.linkId(), q.type().name(), Cell.TOTAL, null, null, null, null, null, null, null,
                    null, null, true);
        }
        return new AnswerLine(q.linkId(), q.type().name(), Cell.TOTAL, null, n.responses(), n.clients(), n.min(),
                n.max(), Figures.mean(n.sum(), n.values()), Figures.median(n.lowerMedian(), n.upperMedian()), null,
                null, false);
    }

    static AnswerLine dateLine(Question q, DateStats d, int k) {
        if (d == null) {
            return new AnswerLine(q.linkId(), q.type().name(), Cell.TOTAL, null, 0L, 0L, null, null, null, null, null,
                    null, false);
        }
        if (Suppression.small(d.clients(), k)) {
            return new AnswerLine(q.linkId(), q.type().name(), Cell.TOTAL, null, null, null, null, null, null, null,
                    null, null, true);
        }
        // no date finer than the month leaves Följa
        return new AnswerLine(q.linkId(), q.type().name(), Cell.TOTAL, null, d.responses(), d.clients(), null, null,
                null, null, Figures.month(d.earliest()), Figures.month(d.latest()), false);
    }

    /** @return the label of a reason code or a life area, or null */
    private String label(Question q, String code) {
        if (q.type() == QuestionType.REASON_CODE) {
            try {
                return catalogue.reason(code).labelSv();
            } catch (NotFoundException e) {
                return null;
            }
        }
        if (q.type() == QuestionType.LIFE_AREA) {
            return mapper.lifeAreas().area(code).map(LifeArea::labelSv).orElse(null);
        }
        return null;
    }
}
