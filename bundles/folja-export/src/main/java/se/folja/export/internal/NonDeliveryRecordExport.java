package se.folja.export.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import se.folja.api.IsoWeek;
import se.folja.api.UnavailableException;
import se.folja.api.export.NonDeliveryExportRow;
import se.folja.api.export.PreparedExport;
import se.folja.api.export.RecordExport;
import se.folja.api.export.RowSink;
import se.folja.store.spi.ExportRecordSource;

/**
 * The record export: the period's non-deliveries, one pseudonymised row each, by planned start — checked when
 * prepared, streamed from the database when written, audited with the rows actually written.
 */
final class NonDeliveryRecordExport {

    static final String KIND = "non-deliveries";

    private final ExportRecordSource records;
    private final DataVersions data;

    NonDeliveryRecordExport(ExportRecordSource records, DataVersions data) {
        this.records = records;
        this.data = data;
    }

    /** @throws UnavailableException if no valid pseudonym key is configured */
    static void requireKey(ExportSettings settings) {
        if (settings.pseudonyms() == null) {
            throw new UnavailableException("Record exports need a pseudonym key of at least "
                    + Pseudonyms.SHORTEST_KEY + " characters: PID se.folja.export, pseudonym.key");
        }
    }

    /** @throws UnavailableException if no valid pseudonym key is configured */
    PreparedExport<NonDeliveryExportRow> prepare(ExportContext context) {
        requireKey(context.settings());
        Pseudonyms keyed = context.settings().pseudonyms();
        Map<String, String> parameters = context.parameters();
        RecordExport export = new RecordExport(KIND, parameters, context.now(), context.settings().keyId(),
                data.versions());
        return new PreparedExport<>() {
            @Override
            public RecordExport export() {
                return export;
            }

            @Override
            public long writeTo(RowSink<NonDeliveryExportRow> sink) throws IOException {
                long[] written = {0};
                try {
                    if (!context.reachesNone()) {
                        stream(keyed, context, row -> {
                            sink.row(row);
                            written[0]++;
                        });
                    }
                } finally {
                    context.audit(KIND, parameters, written[0], 1);
                }
                return written[0];
            }
        };
    }

    /** What the rows say of their client: worked out once per client. */
    private record ClientFacts(String pseudonym, int birthDay, String legalGender, List<String> lifeAreas) {
    }

    private void stream(Pseudonyms keyed, ExportContext context, RowSink<NonDeliveryExportRow> sink)
            throws IOException {
        List<String> areaOrder = data.areaOrder();
        // per client its pseudonym (one HMAC each) and areas in the set's order, per planned day its week
        ClientTable<ClientFacts> clients = new ClientTable<>();
        Map<Integer, String> weeks = new HashMap<>();
        records.nonDeliveries(context.scope(), context.from(), context.to(), client -> {
            List<String> areas = new ArrayList<>(client.lifeAreas());
            areas.sort((a, b) -> Integer.compare(order(areaOrder, a), order(areaOrder, b)));
            clients.put(client.id(), new ClientFacts(keyed.of(client.clientNumber()), client.birthDay(),
                    client.legalGender(), List.copyOf(areas)));
        }, row -> {
            ClientFacts client = clients.get(row.clientId());
            if (client == null) {
                throw new IllegalStateException("a non-delivery of a client the export did not read");
            }
            String week = weeks.computeIfAbsent(row.plannedDay(), d -> IsoWeek.of(day(d)).toString());
            sink.row(new NonDeliveryExportRow(client.pseudonym(), client.legalGender(), AgeBands.of(client.birthDay(),
                    row.plannedDay()), row.unit(), row.interventionType(), row.reason(), row.initiator(), week,
                    client.lifeAreas()));
            return true;
        });
    }

    /** @return the day of a {@code yyyymmdd} number */
    static LocalDate day(int yyyymmdd) {
        return LocalDate.of(yyyymmdd / 10_000, yyyymmdd / 100 % 100, yyyymmdd % 100);
    }

    private static int order(List<String> order, String code) {
        int i = order.indexOf(code);
        return i < 0 ? Integer.MAX_VALUE : i;
    }
}
