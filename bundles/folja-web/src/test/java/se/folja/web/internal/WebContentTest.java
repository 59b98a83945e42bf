package se.folja.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

class WebContentTest {

    @Test
    void onlyPlainRelativePathsAreServed() {
        assertTrue(WebContent.isPlainPath("index.html"));
        assertTrue(WebContent.isPlainPath("assets/swagger-ui-5.35.0/swagger-ui.css"));
        assertFalse(WebContent.isPlainPath(""));
        assertFalse(WebContent.isPlainPath(null));
        assertFalse(WebContent.isPlainPath("/index.html"));
        assertFalse(WebContent.isPlainPath("a//b"));
        assertFalse(WebContent.isPlainPath("a/../b"));
        assertFalse(WebContent.isPlainPath("a/./b"));
        assertFalse(WebContent.isPlainPath(".."));
        assertFalse(WebContent.isPlainPath(".env"));
        assertFalse(WebContent.isPlainPath("a\\b"));
        assertFalse(WebContent.isPlainPath("a b"));
        assertFalse(WebContent.isPlainPath("a%2e"));
        assertThrows(IllegalArgumentException.class, () -> WebContent.of(Map.of("../x", new byte[0])));
    }

    @Test
    void theEtagFollowsTheContent() {
        WebContent one = WebContent.of(Map.of("a.js", WebContent.utf8("one")));
        WebContent same = WebContent.of(Map.of("a.js", WebContent.utf8("one")));
        WebContent two = WebContent.of(Map.of("a.js", WebContent.utf8("two")));
        assertEquals(one.file("a.js").orElseThrow().etag(), same.file("a.js").orElseThrow().etag());
        assertNotEquals(one.file("a.js").orElseThrow().etag(), two.file("a.js").orElseThrow().etag());
    }

    @Test
    void foldersAreKnownFromTheFilesInThem() {
        WebContent content = WebContent.of(Map.of("assets/swagger-ui-5/x.css", new byte[1], "index.html", new byte[1]));
        assertTrue(content.isDirectory("assets"));
        assertTrue(content.isDirectory("assets/swagger-ui-5"));
        assertFalse(content.isDirectory("index.html"));
        assertFalse(content.isDirectory("assets/swagger-ui-5/x.css"));
        assertTrue(content.file("assets/swagger-ui-5/x.css").orElseThrow().hashed());
        assertFalse(content.file("index.html").orElseThrow().hashed());
    }

    @Test
    void contentTypesByExtension() {
        assertEquals("text/html;charset=utf-8", WebContent.contentType("index.html"));
        assertEquals("text/javascript;charset=utf-8", WebContent.contentType("components/folja-reason-picker.js"));
        assertEquals("text/css;charset=utf-8", WebContent.contentType("a/b.CSS"));
        assertEquals("image/png", WebContent.contentType("assets/x/favicon-32x32.png"));
        assertEquals("text/plain;charset=utf-8", WebContent.contentType("x.js.LICENSE.txt"));
        assertEquals("application/octet-stream", WebContent.contentType("README"));
    }
}
