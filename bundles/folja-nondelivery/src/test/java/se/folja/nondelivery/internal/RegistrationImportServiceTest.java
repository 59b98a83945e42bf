package se.folja.nondelivery.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.folja.api.Actor;
import se.folja.api.FieldError;
import se.folja.api.ForbiddenException;
import se.folja.api.ValidationException;
import se.folja.api.nondelivery.ImportFormat;
import se.folja.api.nondelivery.ImportOutcome;
import se.folja.api.nondelivery.ImportReport;
import se.folja.api.nondelivery.ImportedRow;
import se.folja.api.nondelivery.NonDelivery;
import se.folja.api.nondelivery.RevisionKind;

class RegistrationImportServiceTest {

    private static final String HEADER = "journalEntryId;client;unit;interventionType;plannedStart;reasonCode;comment\r\n";

    private final Fakes.Store store = new Fakes.Store();
    private final Fakes.Lists lists = new Fakes.Lists();
    private final RegistrationImportService importer = new RegistrationImportService(store, new Fakes.Reasons(),
            lists, Clock.fixed(Fakes.T0, ZoneOffset.UTC));
    private final Actor north = Fakes.staffOf("NORR");

    private ImportReport csv(String text, Actor actor) {
        return importer.importRegistrations(ImportFormat.CSV,
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), actor);
    }

    private static List<String> fields(ImportedRow row) {
        return row.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void aSwedishExcelFileIsImportedMarkedAndNotWrittenBack() {
        ImportReport report = csv("\uFEFF" + HEADER
                + "J-1;19950315-9825;NORR;BOENDESTOD;2026-09-14 9:00;BORTREST;Ringde\r\n"
                + ";199607049914;NORR;BOENDESTOD;2026-09-15 14:30;MAENDE;\r\n", north);

        assertEquals(2, report.imported());
        assertEquals(List.of(2L, 3L), report.rows().stream().map(ImportedRow::row).toList());
        NonDelivery first = store.find(report.rows().get(0).registration()).orElseThrow();
        assertTrue(first.imported());
        assertEquals("J-1", first.journalEntryId());
        assertEquals("2026-09-14T09:00+02:00", first.plannedStart().toString());
        assertEquals("Ringde", first.comment());
        NonDelivery second = store.find(report.rows().get(1).registration()).orElseThrow();
        assertTrue(second.journalEntryId().startsWith("IMPORT-"), "a row without an entry id gets a derived one");
        assertFalse(second.journalEntryId().contains("19960704"), "the id does not show the number");
        assertEquals(List.of(), store.writeBacks, "history is not written back");
        assertEquals(List.of(RevisionKind.IMPORTED, RevisionKind.IMPORTED),
                store.revisions.stream().map(r -> r.kind()).toList());
    }

    @Test
    void importingTheSameRowsAgainStoresNothingAndSaysSo() {
        String file = HEADER + "J-1;19950315-9825;NORR;BOENDESTOD;2026-09-14 09:00;BORTREST;\r\n"
                + ";199607049914;NORR;BOENDESTOD;2026-09-15 14:30;MAENDE;\r\n";
        ImportReport first = csv(file, north);
        ImportReport again = csv(file, north);

        assertEquals(2, first.imported());
        assertEquals(0, again.imported());
        assertEquals(2, again.alreadyImported());
        assertEquals(first.rows().stream().map(ImportedRow::registration).toList(),
                again.rows().stream().map(ImportedRow::registration).toList());
        assertEquals(2, store.rows.size());

        // the same entry or visit with another reason is refused, not overwritten
        ImportReport changed = csv(HEADER + "J-1;19950315-9825;NORR;BOENDESTOD;2026-09-14 09:00;MAENDE;\r\n"
                + ";199607049914;NORR;BOENDESTOD;2026-09-15 14:30;BORTREST;\r\n", north);
        assertEquals(2, changed.refused());
        assertEquals(List.of("journalEntryId"), fields(changed.rows().get(0)));
        assertEquals(List.of("row"), fields(changed.rows().get(1)));
        assertEquals("BORTREST", store.find(first.rows().get(0).registration()).orElseThrow().reasonCode());
    }

    @Test
    void everyBadRowIsRefusedWithEveryReasonAndTheGoodOnesAreStored() {
        ImportReport report = csv(HEADER
                + "J-1;19950315-9826;NORR;BOENDESTOD;2026-09-14 09:00;BORTREST;\r\n"
                + "J-2;19950315-9825;SODER;OKAND;14/9/2026;FOO;\r\n"
                + "J-3;19950315-9825;NORR;BOENDESTOD;2026-09-14 10:00;COVID19;\r\n"
                + "\r\n"
                + ";;;;;;\r\n"
                + "J-4;;NORR;BOENDESTOD;2026-09-14 11:00;BORTREST;\r\n", north);

        assertEquals(1, report.imported(), "a retired reason is fine in history");
        assertEquals(3, report.refused());
        assertEquals(List.of(2L, 3L, 4L, 7L), report.rows().stream().map(ImportedRow::row).toList());
        assertEquals(List.of("client"), fields(report.rows().get(0)));
        assertEquals(List.of("unit", "interventionType", "plannedStart", "reasonCode"), fields(report.rows().get(1)));
        assertEquals(ImportOutcome.IMPORTED, report.rows().get(2).outcome());
        assertEquals(List.of("client"), fields(report.rows().get(3)));
        assertEquals(1, store.rows.size(), "nothing of a refused row is stored");
        // no message repeats a value of the file
        for (ImportedRow row : report.rows()) {
            for (FieldError e : row.errors()) {
                assertFalse(e.message().contains("19950315") || e.message().contains("OKAND")
                        || e.message().contains("FOO") || e.message().contains("14/9"), e.message());
            }
        }
    }

    @Test
    void staffImportOnlyForTheirUnitsAndAdministratorsForEvery() {
        String file = HEADER + "J-1;19950315-9825;NORR;BOENDESTOD;2026-09-14 09:00;BORTREST;\r\n"
                + "J-2;19950315-9825;SODER;BOENDESTOD;2026-09-14 10:00;BORTREST;\r\n";
        ImportReport staff = csv(file, north);
        assertEquals(List.of(ImportOutcome.IMPORTED, ImportOutcome.REFUSED),
                staff.rows().stream().map(ImportedRow::outcome).toList());
        assertEquals(List.of(new FieldError("unit", Actor.NOT_YOUR_UNIT)), staff.rows().get(1).errors());

        ImportReport admin = csv(file, new Actor("admin", Set.of(), true));
        assertEquals(List.of(ImportOutcome.ALREADY_IMPORTED, ImportOutcome.IMPORTED),
                admin.rows().stream().map(ImportedRow::outcome).toList());
        // staff of the north learn nothing of a south registration that holds the entry
        ImportReport probe = csv(HEADER + "J-2;19950315-9825;NORR;BOENDESTOD;2026-09-14 10:00;BORTREST;\r\n", north);
        assertEquals(List.of(new FieldError("journalEntryId", "is registered already")), probe.rows().get(0).errors());
        assertThrows(ForbiddenException.class, () -> csv(file, new Actor("nobody")));
    }

    @Test
    void excelsPlainCsvInWindows1252AndASepLineAndCommasAreRead() {
        byte[] windows = ("sep=;\r\n" + HEADER + "J-1;19950315-9825;NORR;BOENDESTOD;2026-09-14 09:00;BORTREST;Åkte bort\r\n")
                .getBytes(Charset.forName("windows-1252"));
        ImportReport report = importer.importRegistrations(ImportFormat.CSV, new ByteArrayInputStream(windows), north);
        assertEquals(3L, report.rows().get(0).row(), "the sep line counts as a line of the file");
        assertEquals("Åkte bort", store.find(report.rows().get(0).registration()).orElseThrow().comment());

        ImportReport commas = csv("client,unit,interventionType,plannedStart,reasonCode\n"
                + "199607049914,NORR,BOENDESTOD,2026-09-14T09:00+02:00,MAENDE\n", north);
        assertEquals(1, commas.imported());
    }

    @Test
    void aFileThatCannotBeReadStoresNothing() {
        assertEquals(List.of("content"), assertThrows(ValidationException.class, () -> csv("", north)).errors()
                .stream().map(FieldError::field).toList());
        ValidationException columns = assertThrows(ValidationException.class,
                () -> csv("client;unit;personnummer;plannedStart\r\n199607049914;NORR;x;2026-09-14 09:00\r\n", north));
        assertEquals(List.of("column 3 of the header row is not one of journalEntryId, client, unit,"
                + " interventionType, plannedStart, reasonCode, comment", "the header row has no column"
                + " interventionType", "the header row has no column reasonCode"),
                columns.errors().stream().map(FieldError::message).toList());
        assertThrows(ValidationException.class, () -> csv(HEADER + "J-1;\"oavslutat;NORR\r\n", north));
        StringBuilder big = new StringBuilder(HEADER);
        for (int i = 0; i <= se.folja.api.nondelivery.RegistrationImport.MOST_ROWS; i++) {
            big.append("J-").append(i).append(";199607049914;NORR;BOENDESTOD;2026-09-14 09:00;BORTREST;\r\n");
        }
        assertThrows(ValidationException.class, () -> csv(big.toString(), north));
        assertEquals(0, store.rows.size());
    }

    @Test
    void jsonLinesAreReadLineByLineWithStrictTypes() {
        String lines = "{\"journalEntryId\":\"J-1\",\"client\":\"19950315-9825\",\"unit\":\"NORR\","
                + "\"interventionType\":\"BOENDESTOD\",\"plannedStart\":\"2026-09-14T09:00\",\"reasonCode\":\"BORTREST\"}\n"
                + "\n"
                + "{\"client\":199607049914,\"unit\":\"NORR\",\"interventionType\":\"BOENDESTOD\","
                + "\"plannedStart\":\"2026-09-14T09:00\",\"reasonCode\":\"BORTREST\"}\n"
                + "[1,2]\n"
                + "{\"client\":\"a\",\"client\":\"b\"}\n"
                + "{\"klient\":\"x\"}\n";
        ImportReport report = importer.importRegistrations(ImportFormat.JSON_LINES,
                new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), north);

        assertEquals(List.of(1L, 3L, 4L, 5L, 6L), report.rows().stream().map(ImportedRow::row).toList());
        assertEquals(ImportOutcome.IMPORTED, report.rows().get(0).outcome());
        assertEquals("client", report.rows().get(1).errors().get(0).field());
        assertEquals("must be a string", report.rows().get(1).errors().get(0).message());
        assertEquals(List.of("row"), fields(report.rows().get(2)));
        assertEquals("names a field twice", report.rows().get(3).errors().get(0).message());
        assertEquals("row", report.rows().get(4).errors().get(0).field());
        assertEquals(4, report.refused());
    }

    @Test
    void excelDateTimesBecomeIso() {
        assertEquals("2026-09-14T09:00", RegistrationImportService.excelDateTime("2026-09-14 9:00"));
        assertEquals("2026-09-14T09:00:00", RegistrationImportService.excelDateTime(" 2026-09-14 09:00:00 "));
        assertEquals("2026-09-14T09:00+02:00", RegistrationImportService.excelDateTime("2026-09-14T09:00+0200"));
        assertEquals("14/9/2026", RegistrationImportService.excelDateTime("14/9/2026"));
    }
}
