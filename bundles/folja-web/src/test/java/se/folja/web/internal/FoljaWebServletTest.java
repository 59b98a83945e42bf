package se.folja.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.servlet.ServletOutputStream;
import javax.servlet.WriteListener;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;

import se.folja.api.session.BrowserSessions;

class FoljaWebServletTest {

    @TempDir
    Path bundleRoot;

    /** A bundle whose entries are the files under {@link #bundleRoot}, as Felix lists them (folders end in /). */
    private Bundle bundle() {
        return (Bundle) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Bundle.class},
                (proxy, method, args) -> {
                    if (!method.getName().equals("findEntries")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    assertEquals(FoljaWebServlet.ROOT, args[0]);
                    URLStreamHandler handler = new URLStreamHandler() {
                        @Override
                        protected URLConnection openConnection(URL url) throws IOException {
                            return bundleRoot.resolve(url.getPath().substring(1)).toUri().toURL().openConnection();
                        }
                    };
                    List<URL> urls = new ArrayList<>();
                    try (var walk = Files.walk(bundleRoot.resolve((String) args[0]))) {
                        for (Path p : walk.toList()) {
                            String entry = "/" + bundleRoot.relativize(p).toString().replace('\\', '/')
                                    + (Files.isDirectory(p) ? "/" : "");
                            urls.add(new URL("bundle", "7.0", -1, entry, handler));
                        }
                    }
                    return Collections.enumeration(urls);
                });
    }

    @Test
    void readsTheFilesOfTheWebFolderOfTheBundle() throws IOException {
        Files.createDirectories(bundleRoot.resolve("web/components"));
        Files.writeString(bundleRoot.resolve("web/components/a.js"), "a");
        Files.writeString(bundleRoot.resolve("web/index.html"), "<html></html>");
        WebContent content = FoljaWebServlet.read(bundle());
        assertEquals(java.util.Set.of("components/a.js", "index.html"), content.paths());
    }

    /** What the servlet answered: status, headers, body. */
    private record Answer(int status, Map<String, String> headers, String body) {
    }

    private static Answer serve(FoljaWebServlet servlet, String path, Cookie... cookies) throws IOException {
        Map<String, String> headers = new HashMap<>();
        int[] status = new int[1];
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(FoljaWebServletTest.class
                .getClassLoader(), new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method
                        .getName()) {
                    case "getMethod" -> "GET";
                    case "getPathInfo" -> path;
                    case "getRequestURI" -> "/folja" + path;
                    case "getQueryString", "getHeader" -> null;
                    case "getCookies" -> cookies.length == 0 ? null : cookies;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        ServletOutputStream out = new ServletOutputStream() {
            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
            }

            @Override
            public void write(int b) {
                body.write(b);
            }
        };
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(FoljaWebServletTest.class
                .getClassLoader(), new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "setStatus" -> status[0] = (Integer) args[0];
                        case "setHeader" -> headers.put((String) args[0], (String) args[1]);
                        case "getOutputStream" -> {
                            return out;
                        }
                        default -> throw new UnsupportedOperationException(method.getName());
                    }
                    return null;
                });
        servlet.service(request, response);
        return new Answer(status[0], headers, body.toString(StandardCharsets.UTF_8));
    }

    @Test
    void writesTheReplyOfTheResponder() throws IOException {
        FoljaWebServlet servlet = new FoljaWebServlet(WebContent.of(Map.of("components/a.js",
                "export const a = 1;".getBytes(StandardCharsets.UTF_8))));
        Answer answer = serve(servlet, "/components/a.js");
        assertEquals(200, answer.status());
        assertEquals("no-cache", answer.headers().get("Cache-Control"));
        assertTrue(answer.headers().get("ETag").startsWith("\""));
        assertEquals("export const a = 1;", answer.body());
    }

    @Test
    void guardsAPageWithTheSessionItsCookieNamesInTheSessionsServiceOfTheMoment() throws IOException {
        FoljaWebServlet servlet = new FoljaWebServlet(WebContent.of(Map.of("index.html",
                "<html>page</html>".getBytes(StandardCharsets.UTF_8))));
        assertEquals(503, serve(servlet, "/", new Cookie(BrowserSessions.COOKIE, FakeSessions.STAFF)).status(),
                "no sessions service yet");
        servlet.setSessions(FakeSessions.demo());
        assertEquals(303, serve(servlet, "/").status());
        assertEquals(303, serve(servlet, "/", new Cookie("other", FakeSessions.STAFF)).status());
        Answer page = serve(servlet, "/", new Cookie("other", "x"), new Cookie(BrowserSessions.COOKIE,
                FakeSessions.STAFF));
        assertEquals(200, page.status());
        assertEquals("<html>page</html>", page.body());
        assertEquals(403, serve(servlet, "/", new Cookie(BrowserSessions.COOKIE, FakeSessions.NOBODY)).status());
        servlet.setSessions(null);
        assertEquals(503, serve(servlet, "/", new Cookie(BrowserSessions.COOKIE, FakeSessions.STAFF)).status());
    }
}
