package se.folja.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The REST bundle uses the API's one implementation of a shared rule instead of its own: the Swedish time zone is
 * {@code Dates.ZONE}, and field errors are collected by {@code ValidationException.builder()}.
 */
class SharedRulesTest {

    private static final Path MAIN = Path.of("src", "main", "java");
    private static final Pattern OWN_ZONE = Pattern.compile("ZoneId\\.of\\(");
    private static final Pattern OWN_ERROR_LIST = Pattern.compile(
            "List<FieldError>\\s+\\w+\\s*=\\s*new\\b|new\\s+ArrayList<FieldError>");

    static List<String> violations(Path file, List<String> lines) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (OWN_ZONE.matcher(lines.get(i)).find()) {
                found.add(file + ":" + (i + 1) + ": a time zone of its own (use Dates.ZONE)");
            }
            if (OWN_ERROR_LIST.matcher(lines.get(i)).find()) {
                found.add(file + ":" + (i + 1) + ": a list of field errors of its own (use ValidationException.builder())");
            }
        }
        return found;
    }

    @Test
    void mainCodeHasNoTimeZoneAndNoListOfFieldErrorsOfItsOwn() throws IOException {
        List<String> violations = new ArrayList<>();
        int files = 0;
        try (Stream<Path> sources = Files.walk(MAIN)) {
            for (Path file : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                files++;
                violations.addAll(violations(file, Files.readAllLines(file, StandardCharsets.UTF_8)));
            }
        }
        assertTrue(files > 10, "found only " + files + " source files under " + MAIN.toAbsolutePath());
        assertEquals(List.of(), violations);
    }

    @Test
    void theRuleCatchesBoth() {
        List<String> found = violations(Path.of("X.java"), List.of(
                "    static final ZoneId SWEDEN = ZoneId.of(\"Europe/Stockholm\");",
                "    private final List<FieldError> errors = new ArrayList<>();",
                "        List<FieldError> errors = new ArrayList<>();",
                "        return LocalDate.now(Dates.ZONE);",
                "        ValidationException.Builder errors = ValidationException.builder();",
                "    List<FieldError> errors() {"));

        assertEquals(3, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("X.java:1: a time zone"), found.get(0));
    }
}
