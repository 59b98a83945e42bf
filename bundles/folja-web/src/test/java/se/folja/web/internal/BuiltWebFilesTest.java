package se.folja.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The files the build put into the bundle ({@code target/classes/web}), as the servlet serves them. */
class BuiltWebFilesTest {

    private static WebResponder responder;
    private static WebContent content;

    @BeforeAll
    static void readTheBuiltFiles() throws IOException {
        Path root = Path.of("target/classes/web");
        Map<String, byte[]> files = new HashMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        content = WebContent.of(files);
        responder = new WebResponder(content, new PageGuard(FakeSessions::demo));
    }

    private static String text(String path) {
        // as someone with both staff's and an administrator's role: every page opens
        WebResponder.Reply reply = responder.respond(new WebResponder.Request("GET", path, "/folja" + path, null, null,
                null, FakeSessions.BOTH));
        assertEquals(200, reply.status(), path);
        return new String(reply.body(), StandardCharsets.UTF_8);
    }

    @Test
    void theStableEntryReExportsTheHashedComponentInTheBundle() {
        String entry = text("/components/folja-reason-picker.js");
        Matcher hashed = Pattern.compile("from '\\.\\./(assets/folja-reason-picker-[A-Z0-9]{8}\\.js)'").matcher(entry);
        assertTrue(hashed.find(), entry);
        WebResponder.Reply module = responder.respond(new WebResponder.Request("GET", "/" + hashed.group(1),
                "/folja/" + hashed.group(1), null, null, null, null));
        assertEquals(200, module.status());
        assertEquals(WebResponder.IMMUTABLE, module.headers().get("Cache-Control"));
        String code = new String(module.body(), StandardCharsets.UTF_8);
        assertTrue(code.contains("folja-reason-picker"), "defines the element");
        assertTrue(code.contains("formAssociated"), "form-associated");
        assertFalse(code.contains("from\"lit\"") || code.contains("from 'lit'"), "Lit is bundled, not imported");
    }

    @Test
    void everyFileAPageNamesIsServed() {
        for (String page : List.of("/index.html", "/admin/index.html", "/api/index.html")) {
            Matcher reference = Pattern.compile("(?:src|href)=\"(/folja/[^\"?#]*)\"").matcher(text(page));
            int found = 0;
            while (reference.find()) {
                String path = reference.group(1).substring("/folja".length());
                if (path.equals("/login")) {
                    continue; // served by folja-rest
                }
                WebResponder.Reply reply = responder.respond(new WebResponder.Request("GET", path,
                        reference.group(1), null, null, null, null));
                assertTrue(reply.status() == 200, page + " names " + reference.group(1) + ": " + reply.status());
                found++;
            }
            assertTrue(found > 0, page);
        }
    }

    @Test
    void swaggerUiIsServedOverTheOpenApiDocument() {
        String page = text("/api/");
        assertTrue(page.contains("<html lang=\"sv\">"));
        assertFalse(page.contains("${"), "the version is filled in");
        assertTrue(text("/api/swagger-initializer.js").contains("'/openapi.json'")
                || text("/api/swagger-initializer.js").contains("/openapi.json"));
        assertTrue(content.paths().stream().anyMatch(p -> p.matches("assets/swagger-ui-5\\.[0-9.]+/swagger-ui-bundle\\.js")),
                content.paths().toString());
    }

    @Test
    void lhcFormsIsCachedForGoodWithItsLicenceAndItsPagesAllowItsStylesByHashOnly() {
        for (String page : List.of("/followups/index.html", "/admin/followups/preview/index.html")) {
            String html = text(page);
            assertTrue(Pattern.compile("style-src 'self'( 'sha256-[A-Za-z0-9+/]{43}='){8};").matcher(html).find(), page);
            assertFalse(html.contains("unsafe-inline") || html.contains("unsafe-eval"), page);
            assertTrue(html.contains("script-src 'self';"), page);
        }
        String main = content.paths().stream()
                .filter(p -> p.matches("assets/lforms-40\\.1\\.3-[0-9a-f]{8}/webcomponent/main\\.js")).findFirst()
                .orElseThrow();
        WebResponder.Reply reply = responder.respond(new WebResponder.Request("GET", "/" + main, "/folja/" + main,
                null, null, null, null));
        assertEquals(200, reply.status());
        assertEquals(WebResponder.IMMUTABLE, reply.headers().get("Cache-Control"));
        assertTrue(new String(reply.body(), StandardCharsets.UTF_8).contains("window.foljaLformsWords"), "hooked");
        String base = main.substring(0, main.indexOf("webcomponent/"));
        for (String file : List.of("LICENSE.txt", "webcomponent/styles.css", "webcomponent/assets/lib/zone.min.js",
                "webcomponent/runtime.js", "webcomponent/polyfills.js", "fhir/R4/lformsFHIR.min.js",
                "locales/sv.js")) {
            assertTrue(content.paths().contains(base + file), base + file);
        }
    }
}
