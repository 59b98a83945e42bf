package se.folja.export.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import se.folja.api.Period;
import se.folja.api.ValidationException;
import se.folja.api.export.AgeGroup;
import se.folja.api.export.Cell;
import se.folja.api.export.FollowUpTable;
import se.folja.api.export.ShareLine;
import se.folja.api.export.Suppression;
import se.folja.api.followup.Coding;
import se.folja.api.followup.QuestionType;
import se.folja.export.internal.TemplateScope.Question;
import se.folja.store.spi.FollowUpExportSource;
import se.folja.store.spi.FollowUpExportSource.AgeCount;

/**
 * Trosa's shares by age group: positive change and dropout. Each is a table of the age groups × those counted and
 * those not, with every total, suppressed by {@link Suppression#of}: those not counted follow from the count and its
 * denominator, so they are protected as any cell is, and a suppressed count or denominator suppresses the share.
 */
final class ShareExport {

    static final String KIND = "followup-shares";

    private final FollowUpExportSource source;

    ShareExport(FollowUpExportSource source) {
        this.source = source;
    }

    /**
     * Checks the question and its positive codes against the template.
     *
     * @return the question, or null if an error was added
     */
    static Question question(TemplateScope template, String linkId, Set<String> positive,
            ValidationException.Builder errors) {
        if (linkId == null || linkId.isBlank()) {
            errors.add("question", "is required: the linkId of a choice question, e.g. situation");
            return null;
        }
        Question q = template.questions().get(linkId.strip());
        if (q == null) {
            errors.add("question", "is not a question of the template");
            return null;
        }
        if (!q.type().isChoice()) {
            errors.add("question", "must be a choice question");
            return null;
        }
        if (positive == null || positive.isEmpty()) {
            errors.add("positive", "is required: the codes of the question that mean positive change");
            return null;
        }
        if (q.type() == QuestionType.SINGLE_CHOICE || q.type() == QuestionType.MULTIPLE_CHOICE) {
            Set<String> options = q.options().stream().map(Coding::code).collect(Collectors.toSet());
            if (!options.containsAll(positive)) {
                errors.add("positive", "must be options of the question: " + q.options().stream().map(Coding::code)
                        .collect(Collectors.joining(", ")));
                return null;
            }
        }
        return q;
    }

    FollowUpTable<ShareLine> table(FollowUpContext context, Period period, LocalDate asOf, Question question,
            Set<String> positive, List<AgeGroup> groups) {
        List<AgeCount> counts = context.reachesNone() ? List.of() : source.shares(context.selection(), period.from(),
                period.to(), asOf, question.linkId(), positive);
        int k = context.k();
        List<ShareLine> lines = lines(groups, counts, k);
        Map<String, String> parameters = context.parameters();
        parameters.put("from", period.from().toString());
        parameters.put("to", period.to().toString());
        parameters.put("asOf", asOf.toString());
        parameters.put("question", question.linkId());
        parameters.put("positive", String.join(",", new TreeSet<>(positive)));
        parameters.put("ageGroups", groups.stream().map(AgeGroup::label).collect(Collectors.joining(",")));
        context.audit(KIND, parameters, lines.size(), k);
        return new FollowUpTable<>(KIND, parameters, context.now(), k, context.versions(), lines);
    }

    /**
     * @return per age group in the order given, then the total over the groups: positive change, then dropout; an
     *     enrolment whose age is in no group counts nowhere
     */
    static List<ShareLine> lines(List<AgeGroup> groups, List<AgeCount> counts, int k) {
        int n = groups.size();
        long[] enrolments = new long[n];
        long[] dropouts = new long[n];
        long[] answered = new long[n];
        long[] positive = new long[n];
        for (AgeCount c : counts) {
            for (int g = 0; g < n; g++) {
                if (groups.get(g).contains(c.age())) {
                    enrolments[g] += c.enrolments();
                    dropouts[g] += c.dropouts();
                    answered[g] += c.answered();
                    positive[g] += c.positive();
                    break;
                }
            }
        }
        Share change = new Share(positive, answered, k);
        Share dropout = new Share(dropouts, enrolments, k);
        List<ShareLine> lines = new ArrayList<>();
        for (int g = 0; g <= n; g++) {
            String label = g == n ? Cell.TOTAL : groups.get(g).label();
            lines.add(change.line(label, ShareLine.POSITIVE_CHANGE, g));
            lines.add(dropout.line(label, ShareLine.DROPOUT, g));
        }
        return lines;
    }

    /** A count and its denominator per group: the table of those counted and those not, suppressed. */
    private static final class Share {

        private final long[] counted;
        private final long[] of;
        private final long countedTotal;
        private final long ofTotal;
        private final Suppression suppression;

        Share(long[] counted, long[] of, int k) {
            this.counted = counted;
            this.of = of;
            long[][] cells = new long[counted.length][2];
            long[] columns = new long[2];
            long grand = 0;
            for (int g = 0; g < counted.length; g++) {
                cells[g][0] = counted[g];
                cells[g][1] = of[g] - counted[g];
                columns[0] += cells[g][0];
                columns[1] += cells[g][1];
                grand += of[g];
            }
            this.countedTotal = columns[0];
            this.ofTotal = grand;
            this.suppression = Suppression.of(cells, of.clone(), columns, grand, k);
        }

        /** @param g a group's index, or the number of groups for the total */
        ShareLine line(String label, String measure, int g) {
            boolean total = g == counted.length;
            long count = total ? countedTotal : counted[g];
            long whole = total ? ofTotal : of[g];
            boolean countHidden = total ? suppression.column(0) : suppression.cell(g, 0);
            boolean wholeHidden = total ? suppression.grand() : suppression.row(g);
            boolean hidden = countHidden || wholeHidden;
            return new ShareLine(label, measure, countHidden ? null : count, wholeHidden ? null : whole,
                    hidden ? null : FollowUpTable.percent(count, whole), hidden);
        }
    }
}
