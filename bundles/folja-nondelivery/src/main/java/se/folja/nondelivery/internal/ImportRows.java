package se.folja.nondelivery.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.folja.api.FieldError;
import se.folja.api.ValidationException;
import se.folja.api.nondelivery.ImportFormat;
import se.folja.api.nondelivery.RegistrationImport;

/**
 * The rows of an import file, read whole before anything is stored, so that a file that cannot be read at all
 * (no header, an unknown column, too many rows, not text) stores nothing. A row that can be read but not taken as
 * a registration (a JSON line that is no object, a field of the wrong type) comes back with its errors. No error
 * repeats a value of the file.
 */
final class ImportRows {

    /** The columns (CSV) and fields (JSON lines) of a row: those of a registration. */
    static final List<String> FIELDS = List.of("journalEntryId", "client", "unit", "interventionType", "plannedStart",
            "reasonCode", "comment");
    static final Set<String> REQUIRED = Set.of("client", "unit", "interventionType", "plannedStart", "reasonCode");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /**
     * One row: its line in the file, its values by field (absent fields missing), and why it cannot be read.
     */
    record Row(long line, Map<String, String> values, List<FieldError> errors) {
        String get(String field) {
            return values.get(field);
        }
    }

    private ImportRows() {
    }

    /** @throws ValidationException naming {@code content} if the file cannot be read as {@code format} */
    static List<Row> read(ImportFormat format, byte[] content) {
        String text = decode(content, format == ImportFormat.CSV);
        return format == ImportFormat.CSV ? csv(text) : jsonLines(text);
    }

    /** UTF-8 (a byte-order mark dropped); for CSV, Windows-1252 if it is not UTF-8 (Excel's plain "CSV"). */
    private static String decode(byte[] content, boolean windowsFallback) {
        int start = content.length >= 3 && (content[0] & 0xff) == 0xEF && (content[1] & 0xff) == 0xBB
                && (content[2] & 0xff) == 0xBF ? 3 : 0;
        ByteBuffer bytes = ByteBuffer.wrap(content, start, content.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException e) {
            if (windowsFallback && start == 0) {
                return new String(content, WINDOWS_1252);
            }
            throw ValidationException.of("content", "is not UTF-8 text");
        }
    }

    private static List<Row> csv(String text) {
        long firstLine = 1;
        char delimiter;
        String body = text;
        // Excel honours a first line "sep=;" and so do we; otherwise the header tells
        if (body.regionMatches(true, 0, "sep=", 0, 4) && body.length() > 4) {
            delimiter = body.charAt(4);
            int end = body.indexOf('\n');
            body = end < 0 ? "" : body.substring(end + 1);
            firstLine = 2;
        } else {
            int end = body.indexOf('\n');
            String header = end < 0 ? body : body.substring(0, end);
            delimiter = header.indexOf(';') >= 0 ? ';' : header.indexOf('\t') >= 0 ? '\t' : ',';
        }
        if (body.isBlank()) {
            throw ValidationException.of("content", "is empty: expected a header row naming the columns "
                    + String.join(";", FIELDS));
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(false).setTrim(true).setAllowMissingColumnNames(true).get();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(body)).setFormat(format).get()) {
            Map<String, String> columns = columns(parser.getHeaderNames());
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                long line = firstLine + parser.getCurrentLineNumber();
                if (!records.hasNext()) {
                    break;
                }
                CSVRecord record = records.next();
                Map<String, String> values = new HashMap<>();
                columns.forEach((column, field) -> {
                    if (record.isSet(column) && !record.get(column).isEmpty()) {
                        values.put(field, record.get(column));
                    }
                });
                if (values.isEmpty()) {
                    continue; // a blank line, or one Excel left with separators only
                }
                add(rows, new Row(line, values, List.of()));
            }
        } catch (UncheckedIOException | IOException | IllegalArgumentException | IllegalStateException e) {
            // Commons CSV reports a malformed file (an unclosed quote, a duplicate header) this way
            throw ValidationException.of("content", "is not CSV that can be read: check quotes and the header row");
        }
        return rows;
    }

    /** @return the header's columns by the field each holds; every column must be a known field, once */
    private static Map<String, String> columns(List<String> header) {
        Map<String, String> byLowerCase = new HashMap<>();
        FIELDS.forEach(f -> byLowerCase.put(f.toLowerCase(Locale.ROOT), f));
        Map<String, String> columns = new LinkedHashMap<>();
        ValidationException.Builder errors = ValidationException.builder();
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i);
            if (column == null || column.isBlank()) {
                continue;
            }
            String field = byLowerCase.get(column.strip().toLowerCase(Locale.ROOT));
            if (field == null) {
                errors.add("content", "column " + (i + 1) + " of the header row is not one of "
                        + String.join(", ", FIELDS));
            } else if (columns.containsValue(field)) {
                errors.add("content", "the header row names " + field + " twice");
            } else {
                columns.put(column, field);
            }
        }
        for (String field : FIELDS) {
            if (REQUIRED.contains(field) && !columns.containsValue(field)) {
                errors.add("content", "the header row has no column " + field);
            }
        }
        errors.throwIfAny();
        return columns;
    }

    private static List<Row> jsonLines(String text) {
        List<Row> rows = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            add(rows, jsonLine(i + 1, lines[i]));
        }
        return rows;
    }

    private static Row jsonLine(long line, String text) {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            String problem = e.getMessage() != null && e.getMessage().startsWith("Duplicate field")
                    ? "names a field twice" : "is not JSON";
            return new Row(line, Map.of(), List.of(new FieldError("row", problem)));
        }
        if (node == null || !node.isObject()) {
            return new Row(line, Map.of(), List.of(new FieldError("row", "must be a JSON object")));
        }
        Map<String, String> values = new HashMap<>();
        ValidationException.Builder errors = ValidationException.builder();
        var fields = node.fields();
        while (fields.hasNext()) {
            var field = fields.next();
            if (!FIELDS.contains(field.getKey())) {
                errors.add("row", "has a field that is not one of " + String.join(", ", FIELDS));
            } else if (field.getValue().isTextual()) {
                values.put(field.getKey(), field.getValue().asText());
            } else if (!field.getValue().isNull()) {
                errors.add(field.getKey(), "must be a string");
            }
        }
        return new Row(line, values, errors.errors());
    }

    private static void add(List<Row> rows, Row row) {
        if (rows.size() >= RegistrationImport.MOST_ROWS) {
            throw ValidationException.of("content", "has more than " + RegistrationImport.MOST_ROWS
                    + " rows: split it");
        }
        rows.add(row);
    }
}
