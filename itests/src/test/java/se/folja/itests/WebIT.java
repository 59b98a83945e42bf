package se.folja.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/**
 * folja-web over HTTP, in the same Jetty as the API: the reason picker at its stable address (revalidated with
 * its ETag), the content-hashed module it loads (cached for good), Swagger UI at /folja/api/, the demo's host
 * page; and the API's own paths still answered by the API. The page guard: the documentation page {@code /folja/}
 * for folja-staff, the catalogue page {@code /folja/admin/} for folja-admin, the login page for a browser without
 * a session, a 403 page for the wrong role, under every spelling of their addresses; the other files public.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class WebIT extends AreaTest {

    private static final String ENTRY = "/folja/components/folja-reason-picker.js";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Before
    public void given() throws Exception {
        Await.await("GET " + ENTRY + " answers 200", Api.READY_TIMEOUT, () -> get(ENTRY).statusCode(),
                status -> status == 200);
    }

    @Test
    public void theComponentsStableAddressIsRevalidatedWithItsEtag() throws Exception {
        HttpResponse<String> entry = get(ENTRY);
        assertEquals(200, entry.statusCode());
        assertEquals("text/javascript;charset=utf-8", header(entry, "Content-Type"));
        assertEquals("no-cache", header(entry, "Cache-Control"));
        assertEquals("*", header(entry, "Access-Control-Allow-Origin"));
        String etag = header(entry, "ETag");
        assertTrue(etag, etag.matches("\"[A-Za-z0-9_-]+\""));
        HttpResponse<String> again = get(ENTRY, "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        assertEquals(etag, header(again, "ETag"));
        assertEquals(200, get(ENTRY, "If-None-Match", "\"stale\"").statusCode());
    }

    @Test
    public void theHashedModuleIsCachedForGoodAndSentCompressed() throws Exception {
        String module = hashedModule();
        HttpResponse<String> plain = get(module);
        assertEquals(200, plain.statusCode());
        assertEquals("public, max-age=31536000, immutable", header(plain, "Cache-Control"));
        assertTrue("the module defines the element", plain.body().contains("folja-reason-picker"));
        assertTrue("form-associated", plain.body().contains("formAssociated"));

        HttpResponse<byte[]> gzipped = HTTP.send(HttpRequest.newBuilder(URI.create(root() + module))
                .header("Accept-Encoding", "gzip").timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals("gzip", gzipped.headers().firstValue("Content-Encoding").orElse(null));
        assertEquals("Accept-Encoding", gzipped.headers().firstValue("Vary").orElse(null));
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(gzipped.body()))) {
            assertEquals(plain.body(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertTrue("compressed: " + gzipped.body().length, gzipped.body().length < plain.body().length() / 2);
    }

    @Test
    public void swaggerUiAnswersAtApiOverTheOpenApiDocument() throws Exception {
        HttpResponse<String> bare = get("/folja/api");
        assertEquals(301, bare.statusCode());
        assertEquals("/folja/api/", header(bare, "Location"));
        HttpResponse<String> page = get("/folja/api/");
        assertEquals(200, page.statusCode());
        assertEquals("text/html;charset=utf-8", header(page, "Content-Type"));
        assertEquals("no-cache", header(page, "Cache-Control"));
        Matcher bundle = Pattern.compile("src=\"(/folja/assets/swagger-ui-5\\.[0-9.]+/swagger-ui-bundle\\.js)\"")
                .matcher(page.body());
        assertTrue(page.body(), bundle.find());
        HttpResponse<String> script = get(bundle.group(1));
        assertEquals(200, script.statusCode());
        assertEquals("public, max-age=31536000, immutable", header(script, "Cache-Control"));
        assertTrue(script.body().contains("SwaggerUIBundle"));
        assertTrue(get("/folja/api/swagger-initializer.js").body().contains("/openapi.json"));
        assertEquals(200, api.get("/openapi.json", "staff").statusCode());
    }

    @Test
    public void theApiKeepsItsPathsAndNothingElseIsServed() throws Exception {
        HttpResponse<String> unauthenticated = get(Api.API + "/reason-codes");
        assertEquals(401, unauthenticated.statusCode());
        assertTrue(header(unauthenticated, "Content-Type").startsWith("application/problem+json"));
        assertEquals(200, api.get("/reason-codes", "staff").statusCode());

        HttpResponse<String> unknown = get("/folja/no-such-file.js");
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.body().contains("Sidan finns inte"));
        HttpResponse<String> folder = get("/folja/assets/");
        assertEquals(404, folder.statusCode());
        assertFalse("no listing", folder.body().contains("folja-reason-picker"));
        assertEquals(404, get("/folja/components/").statusCode());
        for (String outside : new String[] {"/folja/../../etc/passwd", "/folja/%2e%2e/%2e%2e/etc/passwd",
            "/folja/components/..%5c..%5c..%5cetc%5cpasswd", "/folja/..;/..;/etc/passwd"}) {
            HttpResponse<String> refused = get(outside);
            // Jetty refuses an ambiguous path itself (400); what reaches Följa is a path it does not serve (404)
            assertTrue(outside + ": " + refused.statusCode(), refused.statusCode() == 400 || refused.statusCode() == 404);
            assertFalse(outside, refused.body().contains("root:"));
        }
        HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(URI.create(root() + ENTRY))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, post.statusCode());

        assertEquals("/folja/", header(get("/folja"), "Location"));
    }

    @Test
    public void theDemoHostPageHoldsThePickerInAPlainForm() throws Exception {
        HttpResponse<String> page = get("/folja-demo/static/host-form.html");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<form id=\"host-form\""));
        assertTrue(page.body().contains("<script type=\"module\" src=\"" + ENTRY + "\"></script>"));
        assertTrue(page.body().contains("<folja-reason-picker id=\"host-reason\" name=\"reasonCode\" required>"));
        assertTrue(page.body().contains("id=\"host-submit\""));
        assertTrue(page.body().contains("<output id=\"submitted\""));
        assertTrue(page.body().contains("id=\"host-result\" role=\"status\""));
        HttpResponse<String> script = get("/folja-demo/static/host-form.js");
        assertEquals(200, script.statusCode());
        assertTrue(script.body().contains("/non-deliveries"));
    }

    @Test
    public void aGuardedPageWithoutASessionSendsTheBrowserToTheLoginPage() throws Exception {
        HttpResponse<String> start = get("/folja/");
        assertEquals(303, start.statusCode());
        assertEquals("/folja/login?next=%2Ffolja%2F", header(start, "Location"));
        assertEquals("no-store", header(start, "Cache-Control"));
        HttpResponse<String> admin = get("/folja/admin/?lang=en");
        assertEquals(303, admin.statusCode());
        assertEquals("/folja/login?next=%2Ffolja%2Fadmin%2F%3Flang%3Den&lang=en", header(admin, "Location"));
        HttpResponse<String> ended = get("/folja/admin/", "Cookie", "FOLJA_SESSION=" + "A".repeat(43));
        assertEquals(303, ended.statusCode());
        // the login page named there answers, and sends the browser back after the login
        HttpResponse<String> login = get(header(start, "Location"));
        assertEquals(200, login.statusCode());
        assertTrue(login.body(), login.body().contains("name=\"next\" value=\"/folja/\""));
        assertEquals("/folja/admin/", header(logIn("admin", "/folja/admin/"), "Location"));
    }

    @Test
    public void staffOpenTheDocumentationPageAndGet403OnTheCataloguePage() throws Exception {
        String cookie = "FOLJA_SESSION=" + cookieOf(logIn("staff", "/folja/"));
        HttpResponse<String> page = get("/folja/", "Cookie", cookie);
        assertEquals(200, page.statusCode());
        assertTrue(page.body(), page.body().contains("documentation-page"));
        assertEquals("text/html;charset=utf-8", header(page, "Content-Type"));
        assertEquals("no-cache, private", header(page, "Cache-Control"));
        assertTrue(header(page, "Vary"), header(page, "Vary").contains("Cookie"));
        assertEquals("frame-ancestors 'self'", header(page, "Content-Security-Policy"));
        assertEquals("nosniff", header(page, "X-Content-Type-Options"));
        assertEquals("same-origin", header(page, "Referrer-Policy"));
        String etag = header(page, "ETag");
        assertEquals(304, get("/folja/", "Cookie", cookie, "If-None-Match", etag).statusCode());
        assertEquals("no 304 past the guard", 303, get("/folja/", "If-None-Match", etag).statusCode());
        assertEquals(200, get("/folja/index.html", "Cookie", cookie).statusCode());

        HttpResponse<String> catalogue = get("/folja/admin/", "Cookie", cookie, "If-None-Match", "*");
        assertEquals(403, catalogue.statusCode());
        assertForbiddenPage(catalogue, "sv");
        assertTrue(catalogue.body(), catalogue.body().contains("<a href=\"/folja/\">"));
        assertFalse(catalogue.body(), catalogue.body().contains("<a href=\"/folja/admin/\">"));
        assertFalse("the catalogue page is not sent", catalogue.body().contains("catalogue-page"));
        HttpResponse<String> english = get("/folja/admin/?lang=en", "Cookie", cookie);
        assertEquals(403, english.statusCode());
        assertForbiddenPage(english, "en");

        // the 403 page's logout form ends the session with the token it carries
        Matcher csrf = Pattern.compile("name=\"csrf\" value=\"([A-Za-z0-9_-]{43})\"").matcher(catalogue.body());
        assertTrue(catalogue.body(), csrf.find());
        HttpResponse<String> logout = HTTP.send(HttpRequest.newBuilder(URI.create(root() + "/folja/logout"))
                .header("Cookie", cookie).header("Origin", root())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("csrf=" + csrf.group(1) + "&lang=sv")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(logout.body(), 303, logout.statusCode());
        assertEquals(303, get("/folja/", "Cookie", cookie).statusCode());
    }

    @Test
    public void anAdministratorIsSentOnToTheCataloguePageAndOpensIt() throws Exception {
        String cookie = "FOLJA_SESSION=" + cookieOf(logIn("admin", "/folja/admin/"));
        HttpResponse<String> start = get("/folja/", "Cookie", cookie);
        assertEquals(303, start.statusCode());
        assertEquals("/folja/admin/", header(start, "Location"));
        assertEquals("/folja/admin/?lang=en", header(get("/folja/?lang=en", "Cookie", cookie), "Location"));
        HttpResponse<String> page = get("/folja/admin/", "Cookie", cookie);
        assertEquals(200, page.statusCode());
        assertTrue(page.body(), page.body().contains("catalogue-page"));
        assertEquals("no-cache, private", header(page, "Cache-Control"));
        assertEquals(200, get("/folja/admin/index.html", "Cookie", cookie).statusCode());
    }

    @Test
    public void aStatisticianIsSentOnToTheDashboardAndGets403OnTheOtherPages() throws Exception {
        String cookie = "FOLJA_SESSION=" + cookieOf(logIn("statistician", "/folja/api/"));
        HttpResponse<String> start = get("/folja/", "Cookie", cookie);
        assertEquals(303, start.statusCode());
        assertEquals("/folja/dashboard/", header(start, "Location"));
        assertEquals("/folja/dashboard/?lang=en", header(get("/folja/?lang=en", "Cookie", cookie), "Location"));
        HttpResponse<String> dashboard = get("/folja/dashboard/", "Cookie", cookie);
        assertEquals(200, dashboard.statusCode());
        assertTrue(dashboard.body(), dashboard.body().contains("dashboard-page"));
        assertEquals("no-cache, private", header(dashboard, "Cache-Control"));
        for (String path : new String[] {"/folja/admin/", "/folja/followups/", "/folja/admin/followups/",
            "/folja/admin/followups/preview/"}) {
            HttpResponse<String> page = get(path, "Cookie", cookie);
            assertEquals(path, 403, page.statusCode());
            assertForbiddenPage(page, "sv");
            assertFalse(page.body(), page.body().contains("<a href=\"/folja/\">"));
            assertFalse(page.body(), page.body().contains("<a href=\"/folja/admin/\">"));
            assertTrue(page.body(), page.body().contains("<a href=\"/folja/dashboard/\">"));
        }
    }

    @Test
    public void theFollowUpPagesOpenForTheirRolesOnly() throws Exception {
        String staff = "FOLJA_SESSION=" + cookieOf(logIn("staff", "/folja/"));
        String admin = "FOLJA_SESSION=" + cookieOf(logIn("admin", "/folja/admin/"));
        HttpResponse<String> followUps = get("/folja/followups/", "Cookie", staff);
        assertEquals(200, followUps.statusCode());
        assertTrue(followUps.body(), followUps.body().contains("followups-page"));
        assertEquals(303, get("/folja/followups/").statusCode());
        for (String path : new String[] {"/folja/admin/followups/", "/folja/admin/followups/preview/"}) {
            HttpResponse<String> page = get(path + "?questionnaire=ORS-v1-client", "Cookie", admin);
            assertEquals(path, 200, page.statusCode());
            assertEquals(path, "no-cache, private", header(page, "Cache-Control"));
            assertEquals(path, 403, get(path, "Cookie", staff).statusCode());
            HttpResponse<String> anonymous = get(path);
            assertEquals(path, 303, anonymous.statusCode());
            assertTrue(header(anonymous, "Location"), header(anonymous, "Location").startsWith("/folja/login?next="));
        }
        assertTrue(get("/folja/admin/followups/", "Cookie", admin).body().contains("followup-admin-page"));
        assertTrue(get("/folja/admin/followups/preview/", "Cookie", admin).body()
                .contains("questionnaire-preview-page"));
        assertEquals(403, get("/folja/followups/", "Cookie", admin).statusCode());
        assertEquals(403, get("/folja/dashboard/", "Cookie", staff).statusCode());
        assertEquals(403, get("/folja/dashboard/", "Cookie", admin).statusCode());
        for (String path : new String[] {"/folja/dashboard", "/folja/DASHBOARD/", "/folja/%64ashboard/",
            "/folja/dashboard/./", "/folja/dashboard//", "/folja/api/../dashboard/index.html",
            "/folja/admin/followups/preview/../../../dashboard/", "/folja/followups/../dashboard/"}) {
            HttpResponse<String> reply = get(path, "Cookie", staff);
            assertFalse(path + ": " + reply.statusCode(), reply.statusCode() == 200 || reply.statusCode() == 304);
            assertFalse(path, reply.body().contains("dashboard-page"));
        }
    }

    @Test
    public void noOtherSpellingOfAGuardedAddressOpensThePage() throws Exception {
        String statistician = "FOLJA_SESSION=" + cookieOf(logIn("statistician", "/folja/api/"));
        for (String path : new String[] {"/folja//", "/folja/./", "/folja/./index.html", "/folja//index.html",
            "/folja/INDEX.HTML", "/folja/%69ndex.html", "/folja/index.html;x=1", "/folja/admin", "/folja/ADMIN/",
            "/folja/Admin/index.html", "/folja/%61dmin/", "/folja/%61dmin/index.html", "/folja/admin//",
            "/folja/admin/./", "/folja/admin/%2e/index.html", "/folja/admin%2findex.html", "/folja/admin;x=1/",
            "/folja/api/../admin/", "/folja/components/../admin/index.html", "/folja/admin/index.html/"}) {
            for (String cookie : new String[] {null, statistician}) {
                HttpResponse<String> reply = cookie == null ? get(path) : get(path, "Cookie", cookie);
                String who = path + (cookie == null ? " without a session" : " as statistician");
                assertFalse(who + ": " + reply.statusCode(), reply.statusCode() == 200 || reply.statusCode() == 304);
                assertFalse(who, reply.body().contains("documentation-page") || reply.body().contains("catalogue-page"));
                if (reply.statusCode() == 301) {
                    assertEquals(who, "/folja/admin/", header(reply, "Location"));
                } else {
                    assertTrue(who + ": " + reply.statusCode(), java.util.Set.of(303, 400, 403, 404)
                            .contains(reply.statusCode()));
                }
            }
        }
    }

    @Test
    public void theOtherFilesNeedNoSession() throws Exception {
        for (String path : new String[] {"/folja/folja.css", ENTRY, "/folja/api/", hashedModule()}) {
            HttpResponse<String> reply = get(path);
            assertEquals(path, 200, reply.statusCode());
        }
    }

    private static void assertForbiddenPage(HttpResponse<String> page, String lang) {
        assertEquals("text/html;charset=utf-8", header(page, "Content-Type"));
        assertEquals("no-store", header(page, "Cache-Control"));
        assertTrue(page.body(), page.body().contains("<html lang=\"" + lang + "\">"));
        assertTrue(page.body(), page.body().contains("<h1 id=\"forbidden\">"));
        assertTrue(page.body(), page.body().contains(lang.equals("en") ? "Your roles do not open this page"
                : "Dina roller ger inte tillgång till den här sidan"));
        assertTrue(page.body(), page.body().contains("<a href=\"/folja/api/\">"));
        assertTrue(page.body(), page.body().contains("<form method=\"post\" action=\"/folja/logout\""));
        assertTrue(page.body(), page.body().contains("href=\"/folja/folja.css\""));
    }

    /** Logs in with the login form as a browser does (same origin); the demo's passwords are the user names. */
    private static HttpResponse<String> logIn(String user, String next) throws IOException, InterruptedException {
        String form = "username=" + user + "&password=" + user + "&next="
                + java.net.URLEncoder.encode(next, StandardCharsets.UTF_8);
        HttpResponse<String> login = HTTP.send(HttpRequest.newBuilder(URI.create(root() + "/folja/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", root())
                .POST(HttpRequest.BodyPublishers.ofString(form)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(login.body(), 303, login.statusCode());
        return login;
    }

    /** @return the session cookie's value a login set */
    private static String cookieOf(HttpResponse<String> login) {
        String setCookie = header(login, "Set-Cookie");
        Matcher value = Pattern.compile("^FOLJA_SESSION=([A-Za-z0-9_-]{43}); ").matcher(setCookie == null ? "" : setCookie);
        assertTrue(setCookie, value.find());
        return value.group(1);
    }

    /** @return the path of the content-hashed module the stable entry re-exports */
    private String hashedModule() throws IOException, InterruptedException {
        String entry = get(ENTRY).body();
        Matcher hashed = Pattern.compile("from '\\.\\./(assets/folja-reason-picker-[A-Z0-9]+\\.js)'").matcher(entry);
        assertTrue(entry, hashed.find());
        return "/folja/" + hashed.group(1);
    }

    private static String root() {
        return "http://localhost:" + System.getProperty(FoljaKaraf.PORT_PROPERTY);
    }

    private static HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root() + path)).timeout(Duration.ofSeconds(30));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }
}
