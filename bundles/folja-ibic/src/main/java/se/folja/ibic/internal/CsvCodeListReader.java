package se.folja.ibic.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import se.folja.api.ValidationException;
import se.folja.api.ibic.IcfCode;
import se.folja.api.ibic.IcfCodeEntry;

/**
 * Reads a code list from CSV (RFC 4180, UTF-8 with or without a byte-order mark): a header row naming
 * {@code code}, {@code title_sv} (or {@code title}) and optionally {@code title_en}; comma or semicolon, as the
 * header uses. Every problem is reported with its line.
 */
final class CsvCodeListReader {

    private CsvCodeListReader() {
    }

    /**
     * @throws ValidationException naming {@code code (line N)} and the like, or {@code content}
     */
    static ParsedCodeList read(InputStream content, String name, int maxCodes) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(content, StandardCharsets.UTF_8
                .newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)))) {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            reader.mark(64 * 1024);
            String header = reader.readLine();
            if (header == null || header.isBlank()) {
                throw ValidationException.of("content", "is empty: expected a header row code,title_sv,title_en");
            }
            reader.reset();
            char delimiter = header.indexOf(';') >= 0 && header.indexOf(',') < 0 ? ';' : ',';
            CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader()
                    .setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).get();
            try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
                return records(parser, name, maxCodes);
            }
        } catch (CharacterCodingException e) {
            throw ValidationException.of("content", "is not UTF-8 text");
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            // Commons CSV reports a malformed file (an unclosed quote, a duplicate header) this way.
            throw ValidationException.of("content", "is not CSV that can be read: check quotes and the header row");
        }
    }

    private static ParsedCodeList records(CSVParser parser, String name, int maxCodes) {
        Map<String, Integer> columns = parser.getHeaderMap();
        String code = column(columns, "code");
        String sv = column(columns, "title_sv") != null ? column(columns, "title_sv") : column(columns, "title");
        String en = column(columns, "title_en");
        if (code == null) {
            throw ValidationException.of("content", "has no column 'code' in its header row");
        }
        CodeListErrors errors = new CodeListErrors();
        List<IcfCodeEntry> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CSVRecord record : parser) {
            if (errors.full()) {
                break;
            }
            if (entries.size() >= maxCodes) {
                errors.add("content", "has more than " + maxCodes + " codes");
                break;
            }
            String line = " (line " + parser.getCurrentLineNumber() + ")";
            String text = record.isSet(code) ? record.get(code) : null;
            IcfCode parsed;
            try {
                parsed = IcfCode.parse(text);
            } catch (IllegalArgumentException e) {
                errors.add("code" + line, e.getMessage());
                continue;
            }
            if (!seen.add(parsed.code())) {
                errors.add("code" + line, "appears twice");
                continue;
            }
            entries.add(new IcfCodeEntry(parsed.code(),
                    errors.title("title_sv" + line, sv != null && record.isSet(sv) ? record.get(sv) : null),
                    errors.title("title_en" + line, en != null && record.isSet(en) ? record.get(en) : null)));
        }
        if (entries.isEmpty() && !errors.full()) {
            errors.add("content", "has no codes");
        }
        errors.check();
        return new ParsedCodeList(name, null, entries);
    }

    private static String column(Map<String, Integer> columns, String wanted) {
        for (String column : columns.keySet()) {
            if (column != null && column.strip().toLowerCase(Locale.ROOT).equals(wanted)) {
                return column;
            }
        }
        return null;
    }
}
