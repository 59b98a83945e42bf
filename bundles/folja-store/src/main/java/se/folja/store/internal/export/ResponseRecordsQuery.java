package se.folja.store.internal.export;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import se.folja.api.followup.RespondentRole;
import se.folja.store.internal.entity.Days;
import se.folja.store.spi.FollowUpExportSource.AnswerValueText;
import se.folja.store.spi.FollowUpExportSource.ClientConsumer;
import se.folja.store.spi.FollowUpExportSource.ResponseClient;
import se.folja.store.spi.FollowUpExportSource.ResponseConsumer;
import se.folja.store.spi.FollowUpExportSource.ResponseRecord;
import se.folja.store.spi.FollowUpExportSource.Selection;

/**
 * The follow-up record export's clients and responses, from one snapshot: the clients first (each once), then the
 * responses with their answers' values through a cursor, a line per value, gathered into one response at a time.
 * Neither a free-text value nor a coding's display text is ever selected.
 */
public final class ResponseRecordsQuery {

    /** Lines (values) a round trip. */
    static final int FETCH_SIZE = 10_000;

    private ResponseRecordsQuery() {
    }

    /** As {@link se.folja.store.spi.FollowUpExportSource#responses}. */
    public static void read(Connection c, Selection selection, LocalDate from, LocalDate to,
            Collection<String> linkIds, ClientConsumer clients, ResponseConsumer responses)
            throws IOException, SQLException {
        Sql clientSql = Sql.of("SELECT c.id, c.pin, c.birth_day, c.legal_gender FROM client c WHERE c.id IN"
                + " (SELECT r.client_id FROM " + FollowUpSql.RESPONSES + " WHERE ")
                .append(FollowUpSql.completedResponses(selection, from, to)).append(") ORDER BY c.id");
        Sql rowSql = Sql.of("SELECT r.id, r.client_id, r.unit_code, r.template_version, r.occasion, r.sequence,"
                + " r.role, r.answered_on, a.link_id, a.kind, a.code, a.number_value, a.int_value, a.date_day,"
                + " a.bool_value FROM " + FollowUpSql.RESPONSES + " LEFT JOIN followup_answer a"
                + " ON a.response_id = r.id AND a.kind <> 'STRING'")
                .append(FollowUpSql.in("a.link_id", linkIds)).append(" WHERE ")
                .append(FollowUpSql.completedResponses(selection, from, to))
                .append(" ORDER BY r.answered_on, r.id, a.ordinal, a.value_ordinal");
        Snapshot.read(c, () -> {
            try (PreparedStatement p = clientSql.prepare(c)) {
                p.setFetchSize(FETCH_SIZE);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        clients.accept(new ResponseClient(r.getLong(1), r.getString(2).trim(), r.getInt(3),
                                r.getString(4)));
                    }
                }
            }
            try (PreparedStatement p = rowSql.prepare(c)) {
                p.setFetchSize(FETCH_SIZE);
                try (ResultSet r = p.executeQuery()) {
                    readResponses(r, responses);
                }
            }
        });
    }

    /** Gathers each response's lines (one per value, or one without a value) into one response. */
    private static void readResponses(ResultSet r, ResponseConsumer responses) throws IOException, SQLException {
        ResponseRecord current = null;
        List<AnswerValueText> values = new ArrayList<>();
        while (r.next()) {
            long id = r.getLong(1);
            if (current != null && current.id() != id) {
                if (!responses.accept(withValues(current, values))) {
                    return;
                }
                values = new ArrayList<>();
            }
            if (current == null || current.id() != id) {
                current = new ResponseRecord(id, r.getLong(2), r.getString(3), r.getInt(4), r.getString(5),
                        r.getInt(6), RespondentRole.valueOf(r.getString(7)), Days.toDate(r.getInt(8)), List.of());
            }
            String linkId = r.getString(9);
            if (linkId != null) {
                values.add(new AnswerValueText(linkId, r.getString(10), value(r)));
            }
        }
        if (current != null) {
            responses.accept(withValues(current, values));
        }
    }

    private static ResponseRecord withValues(ResponseRecord response, List<AnswerValueText> values) {
        return new ResponseRecord(response.id(), response.clientId(), response.unit(), response.templateVersion(),
                response.occasion(), response.sequence(), response.role(), response.answeredOn(), List.copyOf(values));
    }

    /** @return the value of the line's kind as text */
    private static String value(ResultSet r) throws SQLException {
        return switch (r.getString(10)) {
            case "CODING" -> r.getString(11);
            case "DECIMAL" -> AnswerCountsQuery.plain(r, 12).toPlainString();
            case "INTEGER" -> Long.toString(r.getLong(13));
            case "DATE" -> Days.toDate(r.getInt(14)).toString();
            case "BOOLEAN" -> Boolean.toString(r.getBoolean(15));
            default -> throw new IllegalStateException("a value of a kind the export does not read");
        };
    }
}
