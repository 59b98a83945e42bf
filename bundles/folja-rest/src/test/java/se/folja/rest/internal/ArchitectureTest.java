package se.folja.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The REST bundle talks to the rest of Följa only through se.folja.api: no store, no other bundle's
 * internals, no JPA, and no CXF (the whiteboard implementation may change). The store and its ports
 * ({@code se.folja.store.spi}) are kept out by the build already: folja-rest does not depend on them and the
 * enforcer bans them. This test covers what a dependency rule cannot: imports of internals and CXF.
 */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src", "main", "java");
    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(?:static\\s+)?([\\w.]+(?:\\.\\*)?)\\s*;");

    /** @return why the imported name is forbidden, or null if it is allowed */
    static String forbidden(String imported) {
        if (imported.equals("se.folja.store") || imported.startsWith("se.folja.store.")) {
            return "the store";
        }
        if (imported.startsWith("javax.persistence.")) {
            return "JPA";
        }
        if (imported.startsWith("org.apache.cxf.")) {
            return "CXF";
        }
        if ((imported + ".").contains(".internal.") && !imported.startsWith("se.folja.rest.internal.")) {
            return "another bundle's internals";
        }
        return null;
    }

    static List<String> violations(Path file, List<String> lines) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = IMPORT.matcher(lines.get(i));
            if (m.find()) {
                String reason = forbidden(m.group(1));
                if (reason != null) {
                    found.add(file + ":" + (i + 1) + " imports " + m.group(1) + " (" + reason + ")");
                }
            }
        }
        return found;
    }

    @Test
    void mainCodeImportsNeitherStoreNorInternalsNorJpaNorCxf() throws IOException {
        assertTrue(Files.isDirectory(MAIN), MAIN.toAbsolutePath() + " must be the main sources");
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
    void theRuleCatchesEachForbiddenImport() {
        List<String> lines = List.of(
                "package se.folja.rest.internal;",
                "import se.folja.store.ReasonEntity;",
                "import se.folja.store.*;",
                "import se.folja.reasons.internal.CatalogueService;",
                "import static se.folja.reasons.internal.Limits.MAX;",
                "import javax.persistence.EntityManager;",
                "import org.apache.cxf.jaxrs.utils.JAXRSUtils;",
                "import se.folja.rest.internal.security.Roles;",
                "import se.folja.api.reasons.ReasonCatalogue;",
                "import javax.ws.rs.GET;",
                "import se.folja.storefront.Ok;",
                "import se.folja.api.internalised.Ok;",
                "import se.folja.store.spi.NonDeliveryStore;");

        List<String> found = violations(Path.of("X.java"), lines);

        assertEquals(7, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("X.java:2 "), found.get(0));
        assertFalse(found.stream().anyMatch(v -> v.contains("se.folja.rest.internal.security.Roles")));
    }
}
