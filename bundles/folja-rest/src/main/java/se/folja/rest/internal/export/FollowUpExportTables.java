package se.folja.rest.internal.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import se.folja.api.export.AnswerLine;
import se.folja.api.export.DurationLine;
import se.folja.api.export.FlowLine;
import se.folja.api.export.FollowUpResponseRow;
import se.folja.api.export.FollowUpTable;
import se.folja.api.export.PreparedExport;
import se.folja.api.export.PreparedResponseExport;
import se.folja.api.export.QuestionColumn;
import se.folja.api.export.RecordExport;
import se.folja.api.export.ScaleChangeLine;
import se.folja.api.export.ScaleChangeRow;
import se.folja.api.export.ShareLine;
import se.folja.api.followup.QuestionType;

/**
 * Each follow-up export as an {@link ExportTable}, the one shape its CSV and XLSX are written from, with the same
 * columns as its JSON rows. Decimals go out as numbers ({@link Double}: a decimal comma for Swedish Excel), a
 * number question's single value too; several values stay text joined by {@code |}.
 */
final class FollowUpExportTables {

    static final List<String> ANSWER_COLUMNS = List.of("question", "type", "value", "label", "responses", "clients",
            "min", "max", "mean", "median", "earliest", "latest", "suppressed");
    static final List<String> DURATION_COLUMNS = List.of("status", "enrolments", "min", "max", "mean", "median",
            "suppressed");
    static final List<String> FLOW_COLUMNS = List.of("period", "measure", "gender", "enrolments", "suppressed");
    static final List<String> SHARE_COLUMNS = List.of("ageGroup", "measure", "count", "of", "percent", "suppressed");
    static final List<String> SCALE_COLUMNS = List.of("group", "outcome", "enrolments", "of", "percent",
            "suppressed");
    static final List<String> SCALE_RECORD_COLUMNS = List.of("client", "unit", "gender", "ageBand", "measurements",
            "firstMonth", "latestMonth", "first", "latest", "change", "outcome", "recovered");
    static final List<String> RESPONSE_COLUMNS = List.of("client", "unit", "template", "version", "occasion",
            "sequence", "role", "answeredMonth", "ageBand", "gender");
    /** Before a question's linkId that is also the name of a fixed column, e.g. {@code answer:unit}. */
    static final String ANSWER_PREFIX = "answer:";

    private FollowUpExportTables() {
    }

    static ExportTable answers(FollowUpTable<AnswerLine> t) {
        return table("answers", ANSWER_COLUMNS, t, l -> new Object[] {l.question(), l.type(), l.value(), l.label(),
            l.responses(), l.clients(), number(l.min()), number(l.max()), number(l.mean()), number(l.median()),
            l.earliest(), l.latest(), l.suppressed()});
    }

    static ExportTable durations(FollowUpTable<DurationLine> t) {
        return table("durations", DURATION_COLUMNS, t, l -> new Object[] {l.status(), l.enrolments(), l.min(),
            l.max(), number(l.mean()), number(l.median()), l.suppressed()});
    }

    static ExportTable flow(FollowUpTable<FlowLine> t) {
        return table("enrolled-and-ended", FLOW_COLUMNS, t, l -> new Object[] {l.period(), l.measure(), l.gender(),
            l.enrolments(), l.suppressed()});
    }

    static ExportTable shares(FollowUpTable<ShareLine> t) {
        return table("shares", SHARE_COLUMNS, t, l -> new Object[] {l.ageGroup(), l.measure(), l.count(), l.of(),
            number(l.percent()), l.suppressed()});
    }

    static ExportTable scaleChange(FollowUpTable<ScaleChangeLine> t) {
        return table("scale-change", SCALE_COLUMNS, t, l -> new Object[] {l.group(), l.outcome(), l.enrolments(),
            l.of(), number(l.percent()), l.suppressed()});
    }

    private static <L> ExportTable table(String sheet, List<String> header, FollowUpTable<L> t,
            Function<L, Object[]> row) {
        return new ExportTable(sheet, header, ExportTables.metadata(t.kind(), t.parameters(), t.generatedAt(),
                Map.of("suppressionK", Integer.toString(t.suppressionK())), t.versions()), sink -> {
                    for (L line : t.rows()) {
                        sink.row(row.apply(line));
                    }
                }, false);
    }

    /** @return the row's values in {@link #SCALE_RECORD_COLUMNS}' order */
    static Object[] values(ScaleChangeRow r) {
        return new Object[] {r.client(), r.unit(), r.gender(), r.ageBand(), (long) r.measurements(), r.firstMonth(),
            r.latestMonth(), number(r.first()), number(r.latest()), number(r.change()), r.outcome().name(),
            r.recovered()};
    }

    /** The scale-change records, read while written. */
    static ExportTable scaleChangeRecords(PreparedExport<ScaleChangeRow> prepared) {
        RecordExport export = prepared.export();
        return new ExportTable("scale-change-enrolments", SCALE_RECORD_COLUMNS, recordMetadata(export),
                sink -> prepared.writeTo(row -> sink.row(values(row))), false);
    }

    /** @return the columns of the response records: the fixed ones, then one per question */
    static List<String> responseColumns(List<QuestionColumn> questions) {
        List<String> header = new ArrayList<>(RESPONSE_COLUMNS);
        for (QuestionColumn q : questions) {
            header.add(RESPONSE_COLUMNS.contains(q.linkId()) ? ANSWER_PREFIX + q.linkId() : q.linkId());
        }
        return header;
    }

    /** @return the row's values in {@link #responseColumns}' order */
    static Object[] values(FollowUpResponseRow r, List<QuestionColumn> questions) {
        List<Object> values = new ArrayList<>(Arrays.asList(r.client(), r.unit(), r.template(), (long) r.version(),
                r.occasion(), (long) r.sequence(), r.role(), r.answeredMonth(), r.ageBand(), r.gender()));
        for (int i = 0; i < questions.size(); i++) {
            values.add(answer(questions.get(i).type(), r.answers().get(i)));
        }
        return values.toArray();
    }

    /** The response records, read while written. */
    static ExportTable responses(PreparedResponseExport prepared) {
        List<QuestionColumn> questions = prepared.questions();
        return new ExportTable("responses", responseColumns(questions), recordMetadata(prepared.export()),
                sink -> prepared.writeTo(row -> sink.row(values(row, questions))), false);
    }

    /**
     * @return a number question's one value as a number ({@link Long} or {@link Double}), anything else as given
     *     (codes, {@code true}/{@code false}, months, several values joined by {@code |}, null)
     */
    static Object answer(QuestionType type, String value) {
        if (value == null || value.contains("|")) {
            return value;
        }
        if (type == QuestionType.INTEGER) {
            return Long.valueOf(value);
        }
        if (type == QuestionType.DECIMAL) {
            return Double.valueOf(value);
        }
        return value;
    }

    /** @return a decimal as a number the writers render (a decimal comma for Swedish Excel), or null */
    static Double number(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }

    static Map<String, String> recordMetadata(RecordExport export) {
        return ExportTables.metadata(export.kind(), export.parameters(), export.generatedAt(),
                Map.of("pseudonymKeyId", export.pseudonymKeyId()), export.versions());
    }
}
