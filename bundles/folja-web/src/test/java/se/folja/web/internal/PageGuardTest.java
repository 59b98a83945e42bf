package se.folja.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import se.folja.api.session.BrowserSession;
import se.folja.api.session.BrowserSessions;

/**
 * The page guard through {@link WebResponder}: who may open the documentation page ({@code /folja/}, folja-staff)
 * and the catalogue page ({@code /folja/admin/}, folja-admin), the follow-up pages and the dashboard, what everyone
 * else gets, and that no other
 * spelling of their addresses passes by the guard.
 */
class PageGuardTest {

    private static final String DOCUMENTATION = "<!DOCTYPE html><html lang=\"sv\"><title>Registrera orsak</title>";
    private static final String CATALOGUE = "<!DOCTYPE html><html lang=\"sv\"><title>Kataloger</title>";
    private static final String FOLLOW_UPS = "<!DOCTYPE html><html lang=\"sv\"><title>Uppföljningar</title>";
    private static final String FOLLOW_UP_ADMIN = "<!DOCTYPE html><html lang=\"sv\"><title>Uppföljningsmallar</title>";
    private static final String PREVIEW = "<!DOCTYPE html><html lang=\"sv\"><title>Förhandsgranskning</title>";
    private static final String DASHBOARD = "<!DOCTYPE html><html lang=\"sv\"><title>Statistik</title>";
    private static final String CSS = "body { margin: 0; }";

    private final FakeSessions fake = FakeSessions.demo();
    private final AtomicReference<BrowserSessions> service = new AtomicReference<>(fake);
    private final WebResponder responder = new WebResponder(WebContent.of(Map.of(
            "index.html", WebContent.utf8(DOCUMENTATION),
            "admin/index.html", WebContent.utf8(CATALOGUE),
            "followups/index.html", WebContent.utf8(FOLLOW_UPS),
            "admin/followups/index.html", WebContent.utf8(FOLLOW_UP_ADMIN),
            "admin/followups/preview/index.html", WebContent.utf8(PREVIEW),
            "dashboard/index.html", WebContent.utf8(DASHBOARD),
            "folja.css", WebContent.utf8(CSS),
            "components/folja-reason-picker.js", WebContent.utf8("export {};"),
            "api/index.html", WebContent.utf8("<html>swagger</html>"))), new PageGuard(service::get));

    private WebResponder.Reply get(String path, String cookie) {
        return send("GET", path, null, null, cookie);
    }

    private WebResponder.Reply send(String method, String path, String query, String ifNoneMatch, String cookie) {
        return responder.respond(new WebResponder.Request(method, path, "/folja" + path, query, ifNoneMatch, null,
                cookie));
    }

    private static String body(WebResponder.Reply reply) {
        return new String(reply.body(), StandardCharsets.UTF_8);
    }

    @Test
    void withoutASessionAGuardedPageSendsTheBrowserToTheLoginPageAndBack() {
        for (String cookie : new String[] {null, "", "no-such-session"}) {
            WebResponder.Reply start = get("/", cookie);
            assertEquals(303, start.status(), String.valueOf(cookie));
            assertEquals("/folja/login?next=%2Ffolja%2F", start.headers().get("Location"));
            assertEquals("no-store", start.headers().get("Cache-Control"));
            assertEquals(0, start.body().length);
            WebResponder.Reply admin = get("/admin/", cookie);
            assertEquals(303, admin.status());
            assertEquals("/folja/login?next=%2Ffolja%2Fadmin%2F", admin.headers().get("Location"));
        }
        WebResponder.Reply english = send("GET", "/admin/index.html", "lang=en&x=1", null, null);
        assertEquals("/folja/login?next=%2Ffolja%2Fadmin%2F%3Flang%3Den%26x%3D1&lang=en",
                english.headers().get("Location"));
        assertEquals(List.of("no-such-session", "no-such-session"), fake.lookedUp, "no lookup without a cookie");
    }

    @Test
    void theRightRoleGetsThePagePrivateRevalidatedAndNeverFramedElsewhere() {
        WebResponder.Reply start = get("/", FakeSessions.STAFF);
        assertEquals(200, start.status());
        assertEquals(DOCUMENTATION, body(start));
        Map<String, String> headers = start.headers();
        assertEquals("no-cache, private", headers.get("Cache-Control"));
        assertEquals("Cookie", headers.get("Vary"));
        assertEquals("frame-ancestors 'self'", headers.get("Content-Security-Policy"));
        assertEquals("nosniff", headers.get("X-Content-Type-Options"));
        assertEquals("same-origin", headers.get("Referrer-Policy"));
        assertTrue(headers.get("ETag").startsWith("\""));

        WebResponder.Reply catalogue = get("/admin/", FakeSessions.ADMIN);
        assertEquals(200, catalogue.status());
        assertEquals(CATALOGUE, body(catalogue));
        assertEquals("no-cache, private", catalogue.headers().get("Cache-Control"));
        assertEquals(200, get("/", FakeSessions.BOTH).status());
        assertEquals(200, get("/admin/index.html", FakeSessions.BOTH).status());
    }

    @Test
    void anUnchangedPageIsAnswered304OnlyToThoseThePageIsFor() {
        String etag = get("/", FakeSessions.STAFF).headers().get("ETag");
        WebResponder.Reply unchanged = send("GET", "/", null, etag, FakeSessions.STAFF);
        assertEquals(304, unchanged.status());
        assertEquals("Cookie", unchanged.headers().get("Vary"));
        assertEquals("no-cache, private", unchanged.headers().get("Cache-Control"));
        for (String tag : new String[] {etag, "*"}) {
            assertEquals(303, send("GET", "/", null, tag, null).status(), tag);
            assertEquals(303, send("GET", "/", null, tag, "ended").status(), tag);
            assertEquals(303, send("GET", "/", null, tag, FakeSessions.STATISTICIAN).status(), tag);
            assertEquals(403, send("GET", "/admin/", null, tag, FakeSessions.STAFF).status(), tag);
            assertEquals(303, send("GET", "/", null, tag, FakeSessions.ADMIN).status(), tag);
        }
    }

    @Test
    void anAdministratorAskingForTheDocumentationPageIsSentToTheCatalogueInTheSameLanguage() {
        WebResponder.Reply sv = get("/", FakeSessions.ADMIN);
        assertEquals(303, sv.status());
        assertEquals("/folja/admin/", sv.headers().get("Location"));
        assertEquals("no-store", sv.headers().get("Cache-Control"));
        WebResponder.Reply en = send("GET", "/index.html", "lang=en", null, FakeSessions.ADMIN);
        assertEquals("/folja/admin/?lang=en", en.headers().get("Location"));
        assertEquals("/folja/admin/", send("GET", "/", "lang=xx", null, FakeSessions.ADMIN).headers().get("Location"));
    }

    @Test
    void theFollowUpPagesAndTheDashboardOpenOnlyForTheirRole() {
        Map<String, String> pages = Map.of("/followups/", FOLLOW_UPS, "/admin/followups/", FOLLOW_UP_ADMIN,
                "/admin/followups/preview/", PREVIEW, "/dashboard/", DASHBOARD);
        Map<String, String> opens = Map.of("/followups/", FakeSessions.STAFF, "/admin/followups/", FakeSessions.ADMIN,
                "/admin/followups/preview/", FakeSessions.ADMIN, "/dashboard/", FakeSessions.STATISTICIAN);
        for (Map.Entry<String, String> page : pages.entrySet()) {
            String path = page.getKey();
            WebResponder.Reply anonymous = send("GET", path, "questionnaire=ORS-v1-client", null, null);
            assertEquals(303, anonymous.status(), path);
            assertEquals("/folja/login?next=" + URLEncoder.encode("/folja" + path
                    + "?questionnaire=ORS-v1-client", StandardCharsets.UTF_8), anonymous.headers().get("Location"));
            for (String cookie : new String[] {FakeSessions.STAFF, FakeSessions.ADMIN, FakeSessions.STATISTICIAN}) {
                WebResponder.Reply reply = get(path, cookie);
                if (cookie.equals(opens.get(path))) {
                    assertEquals(200, reply.status(), path + " " + cookie);
                    assertEquals(page.getValue(), body(reply));
                    assertEquals("no-cache, private", reply.headers().get("Cache-Control"));
                } else {
                    assertEquals(403, reply.status(), path + " " + cookie);
                    assertFalse(body(reply).contains(page.getValue()), path + " " + cookie);
                }
            }
            assertEquals(200, get(path + "index.html", opens.get(path)).status(), path);
        }
    }

    @Test
    void aStatisticianAskingForTheDocumentationPageIsSentToTheDashboardInTheSameLanguage() {
        WebResponder.Reply sv = get("/", FakeSessions.STATISTICIAN);
        assertEquals(303, sv.status());
        assertEquals("/folja/dashboard/", sv.headers().get("Location"));
        WebResponder.Reply en = send("GET", "/", "lang=en", null, FakeSessions.STATISTICIAN);
        assertEquals("/folja/dashboard/?lang=en", en.headers().get("Location"));
    }

    @Test
    void the403PageLinksThePagesOfEachRole() {
        String staff = body(get("/dashboard/", FakeSessions.STAFF));
        assertTrue(staff.contains("<a href=\"/folja/\">Registrera orsak</a>"), staff);
        assertTrue(staff.contains("<a href=\"/folja/followups/\">Uppföljningar</a>"), staff);
        assertFalse(staff.contains("/folja/dashboard/\">"), staff);
        String admin = body(send("GET", "/dashboard/", "lang=en", null, FakeSessions.ADMIN));
        assertTrue(admin.contains("<a href=\"/folja/admin/followups/?lang=en\">Follow-up templates</a>"), admin);
        assertFalse(admin.contains("/folja/followups/"), admin);
        String statistician = body(get("/followups/", FakeSessions.STATISTICIAN));
        assertTrue(statistician.contains("<a href=\"/folja/dashboard/\">Statistik</a>"), statistician);
        assertFalse(statistician.contains("<a href=\"/folja/\">"), statistician);
    }

    @Test
    void staffAskingForTheCataloguePageGetA403PageWithThePagesTheyMayOpenAndALogout() {
        WebResponder.Reply reply = get("/admin/", FakeSessions.STAFF);
        assertEquals(403, reply.status());
        assertEquals("text/html;charset=utf-8", reply.headers().get("Content-Type"));
        assertEquals("no-store", reply.headers().get("Cache-Control"));
        assertEquals("Cookie", reply.headers().get("Vary"));
        assertEquals("sv", reply.headers().get("Content-Language"));
        assertEquals(GuardPages.CSP, reply.headers().get("Content-Security-Policy"));
        assertTrue(GuardPages.CSP.contains("frame-ancestors 'self'"));
        assertEquals(Integer.toString(reply.body().length), reply.headers().get("Content-Length"));
        String page = body(reply);
        assertFalse(page.contains(CATALOGUE), "not the page itself");
        assertTrue(page.contains("<html lang=\"sv\">"), page);
        assertTrue(page.contains("<title>Ingen behörighet – Följa</title>"), page);
        assertTrue(page.contains("<h1 id=\"forbidden\">Du har inte behörighet till den här sidan</h1>"), page);
        assertTrue(page.contains("Dina roller ger inte tillgång till den här sidan."), page);
        assertTrue(page.contains("<link rel=\"stylesheet\" href=\"/folja/folja.css\">"), page);
        assertTrue(page.contains("<a href=\"/folja/\">Registrera orsak</a>"), page);
        assertFalse(page.contains("<a href=\"/folja/admin/\">"), page);
        assertTrue(page.contains("<a href=\"/folja/api/\">"), page);
        assertTrue(page.contains("<form method=\"post\" action=\"/folja/logout\""), page);
        assertTrue(page.contains("<input type=\"hidden\" name=\"csrf\" value=\"staff-csrf\">"), page);
        assertTrue(page.contains("<a href=\"/folja/admin/?lang=en\" lang=\"en\" hreflang=\"en\">In English</a>"), page);
        assertFalse(page.contains("<script"), "no script");
        assertFalse(page.contains("style="), "no inline style");

        String english = body(send("GET", "/admin/", "lang=en", null, FakeSessions.STAFF));
        assertTrue(english.contains("<html lang=\"en\">"), english);
        assertTrue(english.contains("<h1 id=\"forbidden\">You are not allowed to open this page</h1>"), english);
        assertTrue(english.contains("Your roles do not open this page."), english);
        assertTrue(english.contains("<a href=\"/folja/?lang=en\">Register a reason</a>"), english);
        assertTrue(english.contains("<input type=\"hidden\" name=\"lang\" value=\"en\">"), english);
        assertTrue(english.contains("href=\"/folja/admin/?lang=sv\" lang=\"sv\""), english);

        WebResponder.Reply head = send("HEAD", "/admin/", null, null, FakeSessions.STAFF);
        assertEquals(403, head.status());
        assertEquals(0, head.body().length);
    }

    @Test
    void aPersonWithNoFoljaRoleGets403OnEveryPageWithOnlyTheApiToOpen() {
        for (String path : new String[] {"/", "/index.html", "/admin/", "/admin/index.html", "/followups/",
            "/admin/followups/", "/admin/followups/preview/", "/dashboard/"}) {
            WebResponder.Reply reply = get(path, FakeSessions.NOBODY);
            assertEquals(403, reply.status(), path);
            String page = body(reply);
            assertTrue(page.contains("id=\"forbidden\""), page);
            assertFalse(page.contains("<a href=\"/folja/\">"), page);
            assertFalse(page.contains("<a href=\"/folja/admin/\">"), page);
            assertFalse(page.contains("<a href=\"/folja/followups/\">"), page);
            assertFalse(page.contains("<a href=\"/folja/dashboard/\">"), page);
            assertTrue(page.contains("<a href=\"/folja/api/\">"), page);
            assertTrue(page.contains("value=\"viewer-csrf\""), page);
        }
    }

    @Test
    void whatTheForbiddenPageShowsFromTheSessionIsEscaped() {
        fake.sessions.put("odd", new BrowserSession("<b>\"x\" & 'y'</b>", Set.of("folja-statistician"),
                "\"><script>alert(1)</script>"));
        String page = body(send("GET", "/admin/", null, null, "odd"));
        assertTrue(page.contains("&lt;b&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/b&gt;"), page);
        assertTrue(page.contains("value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\""), page);
        assertFalse(page.contains("<script>"), page);
        assertFalse(page.contains("<b>"), page);
    }

    @Test
    void withoutTheSessionsServiceTheGuardedPagesAre503AndEveryOtherFileIsServed() {
        service.set(null);
        for (String path : new String[] {"/", "/index.html", "/admin/", "/admin/index.html"}) {
            WebResponder.Reply reply = get(path, FakeSessions.STAFF);
            assertEquals(503, reply.status(), path);
            assertEquals(Integer.toString(PageGuard.RETRY_AFTER_SECONDS), reply.headers().get("Retry-After"));
            assertEquals("no-store", reply.headers().get("Cache-Control"));
            assertEquals("text/html;charset=utf-8", reply.headers().get("Content-Type"));
            assertEquals(Integer.toString(reply.body().length), reply.headers().get("Content-Length"));
            assertTrue(body(reply).contains("<html lang=\"sv\">"), body(reply));
            assertFalse(body(reply).contains("Registrera orsak") || body(reply).contains("Kataloger"));
        }
        assertEquals(0, send("HEAD", "/", null, null, null).body().length);
        assertEquals(200, get("/folja.css", null).status());
        assertEquals(200, get("/components/folja-reason-picker.js", null).status());
        assertEquals(200, get("/api/", null).status());

        service.set(fake); // folja-rest back: the same servlet guards again
        assertEquals(200, get("/", FakeSessions.STAFF).status());
    }

    @Test
    void publicFilesNeedNoSessionAndLookNoneUp() {
        assertEquals(200, get("/folja.css", null).status());
        assertEquals(200, get("/components/folja-reason-picker.js", null).status());
        assertEquals(200, get("/api/", null).status());
        assertEquals(200, get("/api/index.html", FakeSessions.STATISTICIAN).status());
        assertNull(get("/folja.css", null).headers().get("Vary"));
        assertEquals("no-cache", get("/api/", null).headers().get("Cache-Control"));
        assertTrue(fake.lookedUp.isEmpty(), fake.lookedUp.toString());
    }

    /**
     * Every other spelling of a guarded page's address, as it might reach the servlet (raw or as Jetty decodes it):
     * without a session none of them sends the page; each is refused, not found, or redirected to the guarded
     * address itself.
     */
    @Test
    void noOtherSpellingOfAGuardedAddressPassesTheGuard() {
        for (String path : new String[] {"/", "/index.html", "//", "//index.html", "/./", "/./index.html",
            "/.//index.html", "/index.html/", "/Index.html", "/INDEX.HTML", "/index.html;x=1", "/index.html%00",
            "/index.html\u0000", "/%2e/index.html", "/%69ndex.html", "/admin", "/admin/", "/admin/index.html", "/admin//",
            "/admin/./", "/admin/./index.html", "/admin/../admin/", "/admin/.", "/ADMIN/", "/Admin/", "/ADMIN",
            "/admin/INDEX.html", "/%61dmin/", "/%61dmin/index.html", "/admin%2f", "/admin%2findex.html",
            "/admin/%2e/index.html", "/admin\\index.html", "/admin/index.html/", "/components/../admin/",
            "/api/../admin/", "/api/../index.html", "/admin/index.html?x", "/admin;x=1/", "/ admin/", "/admin /"}) {
            for (String cookie : new String[] {null, FakeSessions.STATISTICIAN}) {
                WebResponder.Reply reply = get(path, cookie);
                String body = body(reply);
                assertFalse(body.contains(DOCUMENTATION) || body.contains(CATALOGUE), path + " sent a page");
                assertNotEquals(200, reply.status(), path);
                assertNotEquals(304, send("GET", path, null, "*", cookie).status(), path);
                if (reply.status() == 301) {
                    assertEquals("/folja" + path + "/", reply.headers().get("Location"), path);
                    String folder = path + "/";
                    assertTrue(folder.equals("/admin/"), path + " redirects to " + folder);
                    assertNotEquals(200, get(folder, cookie).status());
                } else {
                    assertTrue(Set.of(303, 403, 404).contains(reply.status()), path + ": " + reply.status());
                }
            }
        }
    }

    @Test
    void theQueryParameterIsReadDecodedAndFirstWins() {
        assertEquals("en", PageGuard.queryParameter("a=1&lang=en&lang=sv", "lang"));
        assertEquals("en", PageGuard.queryParameter("l%61ng=%65n", "lang"));
        assertNull(PageGuard.queryParameter("language=en", "lang"));
        assertNull(PageGuard.queryParameter(null, "lang"));
        assertNull(PageGuard.queryParameter("lang=%zz", "lang"));
        assertEquals("", PageGuard.queryParameter("lang", "lang"));
    }

    @Test
    void aRequestPrintsNeitherItsCookieNorItsQuery() {
        String printed = new WebResponder.Request("GET", "/", "/folja/", "q=secret", null, null, "the-cookie")
                .toString();
        assertFalse(printed.contains("the-cookie"), printed);
        assertFalse(printed.contains("secret"), printed);
    }
}
