package se.folja.export.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import se.folja.api.Period;
import se.folja.api.export.FollowUpResponseRow;
import se.folja.api.export.PreparedResponseExport;
import se.folja.api.export.QuestionColumn;
import se.folja.api.export.RecordExport;
import se.folja.api.export.RowSink;
import se.folja.store.spi.FollowUpExportSource;
import se.folja.store.spi.FollowUpExportSource.AnswerValueText;
import se.folja.store.spi.FollowUpExportSource.ResponseRecord;

/**
 * The follow-up record export: the completed responses of the period, one pseudonymised row each with a value per
 * question that is not free text — checked when prepared, streamed from the database when written (each client's
 * pseudonym worked out once), audited with the rows actually written. A date answer leaves as its month.
 */
final class ResponseRecordExport {

    static final String KIND = "followup-responses";
    /** Between the values of a question answered more than once in a response. */
    static final String SEPARATOR = "|";

    private final FollowUpExportSource source;

    ResponseRecordExport(FollowUpExportSource source) {
        this.source = source;
    }

    /** What the rows say of their client: worked out once per client. */
    private record ClientFacts(String pseudonym, int birthDay, String legalGender) {
    }

    PreparedResponseExport prepare(FollowUpContext context, Period period) {
        NonDeliveryRecordExport.requireKey(context.settings());
        Pseudonyms keyed = context.settings().pseudonyms();
        List<QuestionColumn> questions = context.template().exported().stream()
                .map(q -> new QuestionColumn(q.linkId(), q.type())).toList();
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            columns.put(questions.get(i).linkId(), i);
        }
        Map<String, String> parameters = context.parameters();
        parameters.put("from", period.from().toString());
        parameters.put("to", period.to().toString());
        RecordExport export = new RecordExport(KIND, parameters, context.now(), context.settings().keyId(),
                context.versions());
        String template = context.template().code();
        return new PreparedResponseExport() {
            @Override
            public RecordExport export() {
                return export;
            }

            @Override
            public List<QuestionColumn> questions() {
                return questions;
            }

            @Override
            public long writeTo(RowSink<FollowUpResponseRow> sink) throws IOException {
                long[] written = {0};
                try {
                    if (!context.reachesNone()) {
                        ClientTable<ClientFacts> clients = new ClientTable<>();
                        source.responses(context.selection(), period.from(), period.to(), columns.keySet(),
                                client -> clients.put(client.id(), new ClientFacts(keyed.of(client.clientNumber()),
                                        client.birthDay(), client.legalGender())),
                                response -> {
                                    ClientFacts client = clients.get(response.clientId());
                                    if (client == null) {
                                        throw new IllegalStateException("a response of a client the export did not"
                                                + " read");
                                    }
                                    sink.row(row(template, client.pseudonym(), client.birthDay(),
                                            client.legalGender(), response, columns, questions.size()));
                                    written[0]++;
                                    return true;
                                });
                    }
                } finally {
                    context.audit(KIND, parameters, written[0], 1);
                }
                return written[0];
            }
        };
    }

    static FollowUpResponseRow row(String template, String pseudonym, int birthDay, String legalGender,
            ResponseRecord response, Map<String, Integer> columns, int width) {
        String[] answers = new String[width];
        for (AnswerValueText value : response.answers()) {
            Integer column = columns.get(value.linkId());
            if (column != null) {
                String text = "DATE".equals(value.kind()) ? value.value().substring(0, 7) : value.value();
                answers[column] = answers[column] == null ? text : answers[column] + SEPARATOR + text;
            }
        }
        return new FollowUpResponseRow(pseudonym, response.unit(), template, response.templateVersion(),
                response.occasion(), response.sequence(), response.role().name(),
                Figures.month(response.answeredOn()), AgeBands.of(birthDay, AgeBands.day(response.answeredOn())),
                legalGender, new ArrayList<>(Arrays.asList(answers)));
    }
}
