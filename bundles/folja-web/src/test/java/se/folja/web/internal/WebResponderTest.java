package se.folja.web.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

class WebResponderTest {

    private static final String ENTRY = "export * from '../assets/folja-reason-picker-ABCD1234.js';\n";
    private static final String HASHED = "x".repeat(2000);
    private static final String PAGE = "<!DOCTYPE html><html lang=\"sv\"><title>Följa</title></html>";

    private final WebResponder responder = new WebResponder(WebContent.of(Map.of(
            "components/folja-reason-picker.js", WebContent.utf8(ENTRY),
            "assets/folja-reason-picker-ABCD1234.js", WebContent.utf8(HASHED),
            "index.html", WebContent.utf8(PAGE),
            "api/index.html", WebContent.utf8("<html>swagger</html>"),
            "api/swagger-initializer.js", WebContent.utf8("start();"))), new PageGuard(FakeSessions::demo));

    private WebResponder.Reply get(String path) {
        return send("GET", path, null, null);
    }

    private WebResponder.Reply send(String method, String path, String ifNoneMatch, String acceptEncoding) {
        // as a member of staff, who may open the documentation page (index.html); the guard has tests of its own
        return responder.respond(new WebResponder.Request(method, path, "/folja" + (path == null ? "" : path), null,
                ifNoneMatch, acceptEncoding, FakeSessions.STAFF));
    }

    @Test
    void theStableEntryIsRevalidatedWithAnEtag() {
        WebResponder.Reply reply = get("/components/folja-reason-picker.js");
        assertEquals(200, reply.status());
        assertEquals("no-cache", reply.headers().get("Cache-Control"));
        assertEquals("text/javascript;charset=utf-8", reply.headers().get("Content-Type"));
        assertTrue(reply.headers().get("ETag").matches("\"[A-Za-z0-9_-]{22}\""), reply.headers().get("ETag"));
        assertEquals(ENTRY, new String(reply.body(), java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(Integer.toString(reply.body().length), reply.headers().get("Content-Length"));
        assertEquals("*", reply.headers().get("Access-Control-Allow-Origin"));
        assertEquals("nosniff", reply.headers().get("X-Content-Type-Options"));
    }

    @Test
    void anUnchangedFileIsAnswered304WithoutABody() {
        String etag = get("/components/folja-reason-picker.js").headers().get("ETag");
        WebResponder.Reply again = send("GET", "/components/folja-reason-picker.js", etag, null);
        assertEquals(304, again.status());
        assertEquals(0, again.body().length);
        assertEquals(etag, again.headers().get("ETag"));
        assertEquals("no-cache", again.headers().get("Cache-Control"));
        assertEquals(304, send("GET", "/components/folja-reason-picker.js", "\"other\", W/" + etag, null).status());
        assertEquals(304, send("GET", "/components/folja-reason-picker.js", "*", null).status());
        assertEquals(200, send("GET", "/components/folja-reason-picker.js", "\"other\"", null).status());
    }

    @Test
    void hashedAssetsAreCachedForAYearAndNeverRevalidated() {
        WebResponder.Reply reply = get("/assets/folja-reason-picker-ABCD1234.js");
        assertEquals(200, reply.status());
        assertEquals("public, max-age=31536000, immutable", reply.headers().get("Cache-Control"));
        assertEquals("no-cache, private", get("/index.html").headers().get("Cache-Control"));
        assertEquals("no-cache", get("/api/swagger-initializer.js").headers().get("Cache-Control"));
    }

    @Test
    void pagesAreRevalidatedAndNotOpenToOtherOrigins() {
        WebResponder.Reply reply = get("/index.html");
        assertEquals("text/html;charset=utf-8", reply.headers().get("Content-Type"));
        assertEquals("no-cache, private", reply.headers().get("Cache-Control"));
        assertNull(reply.headers().get("Access-Control-Allow-Origin"));
    }

    @Test
    void aFolderAnswersWithItsIndexAndWithoutItsSlashIsRedirected() {
        assertEquals(PAGE, new String(get("/").body(), java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("<html>swagger</html>", new String(get("/api/").body(), java.nio.charset.StandardCharsets.UTF_8));
        WebResponder.Reply api = get("/api");
        assertEquals(301, api.status());
        assertEquals("/folja/api/", api.headers().get("Location"));
        WebResponder.Reply root = get(null);
        assertEquals(301, root.status());
        assertEquals("/folja/", root.headers().get("Location"));
        WebResponder.Reply withQuery = responder.respond(new WebResponder.Request("GET", "/api", "/folja/api", "a=b",
                null, null, null));
        assertEquals("/folja/api/?a=b", withQuery.headers().get("Location"));
    }

    @Test
    void noFolderIsListed() {
        WebResponder.Reply components = get("/components/");
        assertEquals(404, components.status());
        assertEquals("no-store", components.headers().get("Cache-Control"));
        assertFalse(new String(components.body(), java.nio.charset.StandardCharsets.UTF_8).contains("folja-reason-picker"));
        assertEquals(404, get("/assets/").status());
        assertEquals(301, get("/assets").status());
    }

    @Test
    void anUnknownPathIsNotFound() {
        WebResponder.Reply reply = get("/nope.js");
        assertEquals(404, reply.status());
        assertEquals("text/html;charset=utf-8", reply.headers().get("Content-Type"));
        assertTrue(new String(reply.body(), java.nio.charset.StandardCharsets.UTF_8).contains("Sidan finns inte"));
        assertEquals(404, get("/components/folja-reason-picker.js/").status());
        assertEquals(404, get("/Components/folja-reason-picker.js").status());
    }

    @Test
    void noPathLeavesTheServedFiles() {
        for (String path : new String[] {"/../web/index.html", "/components/../index.html", "/./index.html",
            "/components/./folja-reason-picker.js", "//index.html", "/components//folja-reason-picker.js",
            "/..", "/.", "/%2e%2e/index.html", "/..%2findex.html", "/components\\..\\index.html",
            "/../../../etc/passwd", "/index.html\u0000", "/.hidden", "/assets/../../pom.xml"}) {
            WebResponder.Reply reply = get(path);
            assertEquals(404, reply.status(), path);
        }
    }

    @Test
    void headSendsTheHeadersWithoutTheBody() {
        WebResponder.Reply head = send("HEAD", "/components/folja-reason-picker.js", null, null);
        assertEquals(200, head.status());
        assertEquals(0, head.body().length);
        assertEquals(Integer.toString(ENTRY.getBytes(java.nio.charset.StandardCharsets.UTF_8).length),
                head.headers().get("Content-Length"));
        assertEquals(404, send("HEAD", "/nope", null, null).status());
    }

    @Test
    void otherMethodsAreNotAllowed() {
        for (String method : new String[] {"POST", "PUT", "DELETE", "PATCH", "OPTIONS"}) {
            WebResponder.Reply reply = send(method, "/index.html", null, null);
            assertEquals(405, reply.status(), method);
            assertEquals("GET, HEAD", reply.headers().get("Allow"));
        }
    }

    @Test
    void largeTextIsSentGzippedToClientsThatAcceptItUnderItsOwnEtag() throws IOException {
        WebResponder.Reply plain = send("GET", "/assets/folja-reason-picker-ABCD1234.js", null, null);
        WebResponder.Reply gzipped = send("GET", "/assets/folja-reason-picker-ABCD1234.js", null, "gzip, deflate, br");
        assertNull(plain.headers().get("Content-Encoding"));
        assertEquals("Accept-Encoding", plain.headers().get("Vary"));
        assertEquals("gzip", gzipped.headers().get("Content-Encoding"));
        assertEquals("Accept-Encoding", gzipped.headers().get("Vary"));
        assertNotEquals(plain.headers().get("ETag"), gzipped.headers().get("ETag"));
        assertTrue(gzipped.body().length < plain.body().length);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
            assertArrayEquals(plain.body(), in.readAllBytes());
        }
        assertEquals(304, send("GET", "/assets/folja-reason-picker-ABCD1234.js", gzipped.headers().get("ETag"),
                "gzip").status());
        assertNull(send("GET", "/assets/folja-reason-picker-ABCD1234.js", null, "gzip;q=0, br").headers()
                .get("Content-Encoding"));
        // a small file is not worth it
        assertNull(send("GET", "/components/folja-reason-picker.js", null, "gzip").headers().get("Content-Encoding"));
    }

    @Test
    void acceptEncodingIsParsed() {
        assertTrue(WebResponder.acceptsGzip("gzip"));
        assertTrue(WebResponder.acceptsGzip("br;q=1.0, GZIP;q=0.5"));
        assertTrue(WebResponder.acceptsGzip("*"));
        assertFalse(WebResponder.acceptsGzip(null));
        assertFalse(WebResponder.acceptsGzip("br, deflate"));
        assertFalse(WebResponder.acceptsGzip("gzip;q=0"));
        assertFalse(WebResponder.acceptsGzip("gzip;q=zero"));
    }
}
