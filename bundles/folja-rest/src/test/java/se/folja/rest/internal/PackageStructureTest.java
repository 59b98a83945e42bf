package se.folja.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The REST bundle's packages (docs/architecture.md, "REST packages"): an area's package uses the shared packages
 * and the application's, never another area's, so that an area can be read, changed or added on its own; and the
 * shared packages use no area.
 */
class PackageStructureTest {

    private static final Path MAIN = Path.of("src", "main", "java");
    private static final String ROOT = "se.folja.rest.internal";
    static final Set<String> AREAS = Set.of("catalogue", "nondelivery", "ibic", "export", "fhir", "followup");
    static final Set<String> SHARED = Set.of("security", "problem", "json", "request");
    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;");
    private static final Pattern IMPORT = Pattern.compile(
            "^\\s*import\\s+(?:static\\s+)?" + Pattern.quote(ROOT) + "\\.([a-z]\\w*)\\.");

    /** @return the package's name below {@code se.folja.rest.internal}, "" for that package itself */
    static String below(String packageName) {
        return packageName.equals(ROOT) ? "" : packageName.substring(ROOT.length() + 1);
    }

    static List<String> violations(Path file, List<String> lines) {
        List<String> found = new ArrayList<>();
        String own = null;
        for (int i = 0; i < lines.size(); i++) {
            Matcher p = PACKAGE.matcher(lines.get(i));
            if (p.find()) {
                own = below(p.group(1));
            }
            Matcher m = IMPORT.matcher(lines.get(i));
            if (m.find() && own != null && !m.group(1).equals(own) && AREAS.contains(m.group(1))) {
                if (AREAS.contains(own)) {
                    found.add(file + ":" + (i + 1) + ": area " + own + " uses area " + m.group(1));
                } else if (SHARED.contains(own)) {
                    found.add(file + ":" + (i + 1) + ": shared package " + own + " uses area " + m.group(1));
                }
            }
        }
        return found;
    }

    @Test
    void everyClassIsInTheApplicationsPackageAnAreaOrASharedPackage() throws IOException {
        Set<String> packages = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(MAIN)) {
            for (Path file : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    Matcher p = PACKAGE.matcher(line);
                    if (p.find()) {
                        packages.add(below(p.group(1)));
                        break;
                    }
                }
            }
        }
        Set<String> known = new TreeSet<>(AREAS);
        known.addAll(SHARED);
        known.add("");
        assertTrue(packages.size() > 5, "packages found: " + packages);
        assertEquals(known, packages, "a new package belongs in docs/architecture.md and in this test");
    }

    @Test
    void noAreaUsesAnotherAreaAndNoSharedPackageUsesAnArea() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(MAIN)) {
            for (Path file : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                violations.addAll(violations(file, Files.readAllLines(file, StandardCharsets.UTF_8)));
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void theRuleCatchesAnAreaUsingAnotherAndASharedPackageUsingAnArea() {
        List<String> area = List.of(
                "package se.folja.rest.internal.export;",
                "import se.folja.rest.internal.ibic.LifeAreaSetJson;",
                "import se.folja.rest.internal.request.Params;",
                "import se.folja.rest.internal.FoljaApplication;",
                "import se.folja.rest.internal.export.Xlsx;");
        List<String> shared = List.of(
                "package se.folja.rest.internal.security;",
                "import static se.folja.rest.internal.catalogue.ReasonJson.of;",
                "import se.folja.rest.internal.problem.Problems;");
        List<String> application = List.of(
                "package se.folja.rest.internal;",
                "import se.folja.rest.internal.catalogue.ReasonCodeResource;");

        assertEquals(List.of("A.java:2: area export uses area ibic"), violations(Path.of("A.java"), area));
        assertEquals(List.of("S.java:2: shared package security uses area catalogue"),
                violations(Path.of("S.java"), shared));
        assertEquals(List.of(), violations(Path.of("F.java"), application), "the application references every area");
    }
}
