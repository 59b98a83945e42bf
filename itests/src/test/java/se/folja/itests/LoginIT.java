package se.folja.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static se.folja.itests.JsonAssert.assertProblem;
import static se.folja.itests.JsonAssert.json;
import static se.folja.itests.TestData.ALLOWED_ORIGIN;
import static se.folja.itests.TestData.JSON_TYPE;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/**
 * People logging in with a browser over HTTP: the login page, the session cookie the API then accepts, the CSRF
 * token on every change made with it, logout, and which other origins may call the API with it (the container's
 * {@code se.folja.security} allows {@value TestData#ALLOWED_ORIGIN}). HTTP Basic stays as it was.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class LoginIT extends AreaTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private static final Pattern COOKIE = Pattern.compile("^FOLJA_SESSION=([A-Za-z0-9_-]{43}); ");

    private static String server() {
        return "http://localhost:" + System.getProperty(FoljaKaraf.PORT_PROPERTY);
    }

    private static HttpResponse<String> send(String method, String path, String body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server() + path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String form(String... nameValues) {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i + 1 < nameValues.length; i += 2) {
            form.append(form.length() == 0 ? "" : "&").append(nameValues[i]).append('=')
                    .append(URLEncoder.encode(nameValues[i + 1], StandardCharsets.UTF_8));
        }
        return form.toString();
    }

    /** Logs in with the form as a browser would, and returns the response. */
    private static HttpResponse<String> logIn(String user, String password, String next) throws Exception {
        return send("POST", "/folja/login", form("username", user, "password", password, "next", next, "lang", "sv"),
                "Content-Type", "application/x-www-form-urlencoded", "Origin", server());
    }

    /** @return the session cookie's value a successful login set */
    private static String cookieOf(HttpResponse<String> login) {
        String setCookie = login.headers().firstValue("Set-Cookie").orElse("");
        Matcher m = COOKIE.matcher(setCookie);
        assertTrue(setCookie, m.find());
        return m.group(1);
    }

    private static String session(String user) throws Exception {
        HttpResponse<String> login = logIn(user, user, "/folja/");
        assertEquals(login.body(), 303, login.statusCode());
        return cookieOf(login);
    }

    private static HttpResponse<String> withCookie(String method, String apiPath, String cookie, String body,
            String... headers) throws Exception {
        String[] all = new String[headers.length + 4];
        all[0] = "Cookie";
        all[1] = "FOLJA_SESSION=" + cookie;
        all[2] = "Content-Type";
        all[3] = JSON_TYPE;
        System.arraycopy(headers, 0, all, 4, headers.length);
        return send(method, Api.API + apiPath, body, all);
    }

    private static String csrfOf(String cookie) throws Exception {
        HttpResponse<String> session = withCookie("GET", "/session", cookie, null);
        assertEquals(session.body(), 200, session.statusCode());
        return json(session).path("csrfToken").asText();
    }

    @Test
    public void theLoginPageIsSwedishWithAnEnglishSwitch() throws Exception {
        HttpResponse<String> sv = send("GET", "/folja/login", null);
        assertEquals(200, sv.statusCode());
        assertTrue(sv.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertEquals("no-store", sv.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(sv.headers().firstValue("Content-Security-Policy").orElse("").startsWith("default-src 'none'"));
        assertTrue(sv.body(), sv.body().contains("<html lang=\"sv\">"));
        for (String part : List.of("id=\"username\" name=\"username\"", "id=\"password\" name=\"password\"",
                "name=\"next\"", "id=\"login-submit\"", "<label for=\"username\">Användarnamn</label>",
                "href=\"/folja/login?lang=en\"")) {
            assertTrue(part, sv.body().contains(part));
        }
        HttpResponse<String> en = send("GET", "/folja/login?lang=en", null);
        assertTrue(en.body(), en.body().contains("<html lang=\"en\">"));
        assertTrue(en.body().contains("<label for=\"username\">User name</label>"));
    }

    @Test
    public void staffLogInWithTheFormAndCallTheApiWithTheCookie() throws Exception {
        HttpResponse<String> login = logIn("staff", "staff", "/folja-demo/static/host-form.html");

        assertEquals(login.body(), 303, login.statusCode());
        assertEquals("/folja-demo/static/host-form.html", login.headers().firstValue("Location").orElse(""));
        String setCookie = login.headers().firstValue("Set-Cookie").orElse("");
        assertTrue(setCookie, setCookie.matches("FOLJA_SESSION=[A-Za-z0-9_-]{43}; Path=/folja; HttpOnly; SameSite=Strict"));
        String cookie = cookieOf(login);

        HttpResponse<String> session = withCookie("GET", "/session", cookie, null);
        assertEquals(session.body(), 200, session.statusCode());
        assertEquals("staff", json(session).path("user").asText());
        assertTrue(session.body(), JsonAssert.texts(json(session).path("roles")).containsAll(
                List.of("folja-staff", "folja-unit-BOSTOD_NORR")));
        assertTrue(json(session).path("csrfToken").asText().matches("[A-Za-z0-9_-]{43}"));
        assertEquals("no-store", session.headers().firstValue("Cache-Control").orElse(""));

        HttpResponse<String> units = withCookie("GET", "/units", cookie, null);
        assertEquals(units.body(), 200, units.statusCode());
        assertTrue(units.body(), units.body().contains("BOSTOD_NORR"));
        assertProblem(withCookie("GET", "/admin/units", cookie, null), 403);
        assertEquals("/folja/", logIn("staff", "staff", "https://evil.example/").headers().firstValue("Location")
                .orElse(""));
    }

    @Test
    public void aChangeWithTheCookieNeedsTheSessionsCsrfTokenInItsHeader() throws Exception {
        String cookie = session("staff");
        String csrf = csrfOf(cookie);

        assertProblem(withCookie("POST", "/non-deliveries", cookie, "{}"), 403);
        assertProblem(withCookie("POST", "/non-deliveries", cookie, "{}", "X-CSRF-Token", csrf.substring(1) + "A"), 403);
        assertProblem(withCookie("POST", "/non-deliveries?csrf=" + csrf + "&X-CSRF-Token=" + csrf, cookie, "{}"), 403);
        assertProblem(withCookie("POST", "/non-deliveries", cookie, "{}", "X-CSRF-Token", csrfOf(session("staff"))),
                403);
        // with the token the request is heard: an empty registration is refused for its missing fields
        HttpResponse<String> heard = withCookie("POST", "/non-deliveries", cookie, "{}", "X-CSRF-Token", csrf,
                "Origin", server());
        assertEquals(400, assertProblem(heard, 400).path("status").asInt());
        assertTrue(heard.body(), heard.body().contains("\"field\""));
    }

    @Test
    public void aWrongPasswordAndAnUnknownUserGetTheSameGenericPage() throws Exception {
        HttpResponse<String> wrong = logIn("statistician", "not-the-password", "/folja/");
        HttpResponse<String> unknown = logIn("no-such-login-it-user", "statistician", "/folja/");

        for (HttpResponse<String> failed : List.of(wrong, unknown)) {
            assertEquals(failed.body(), 401, failed.statusCode());
            assertTrue(failed.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
            assertFalse(failed.headers().firstValue("Set-Cookie").isPresent());
            assertFalse(failed.headers().firstValue("WWW-Authenticate").isPresent());
            assertTrue(failed.body(), failed.body().contains(
                    "<div id=\"login-error\" role=\"alert\">Fel användarnamn eller lösenord.</div>"));
        }
        assertTrue(wrong.body().contains("value=\"statistician\""));
        assertEquals(wrong.body().replace("statistician", "X"), unknown.body().replace("no-such-login-it-user", "X"));
        assertFalse(KarafLog.lines().stream().anyMatch(line -> line.contains("no-such-login-it-user")));
    }

    @Test
    public void repeatedFailuresForOneUserNameAreSlowedDown() throws Exception {
        String user = "login-it-guessed";
        for (int i = 0; i < 4; i++) {
            assertEquals(401, logIn(user, "guess" + i, "/folja/").statusCode());
        }
        HttpResponse<String> slowed = logIn(user, "guess", "/folja/");
        assertEquals(slowed.body(), 429, slowed.statusCode());
        assertTrue(slowed.headers().firstValue("Retry-After").isPresent());
        assertTrue(slowed.body(), slowed.body().contains("role=\"alert\">För många misslyckade inloggningar."));
    }

    @Test
    public void loggingOutEndsTheSession() throws Exception {
        String cookie = session("staff");
        String csrf = csrfOf(cookie);

        assertEquals(403, send("POST", "/folja/logout", "", "Cookie", "FOLJA_SESSION=" + cookie,
                "Content-Type", "application/x-www-form-urlencoded").statusCode());
        assertEquals(200, withCookie("GET", "/session", cookie, null).statusCode());

        HttpResponse<String> out = send("POST", "/folja/logout", form("csrf", csrf), "Cookie", "FOLJA_SESSION=" + cookie,
                "Content-Type", "application/x-www-form-urlencoded", "Origin", server());
        assertEquals(303, out.statusCode());
        assertEquals("/folja/login", out.headers().firstValue("Location").orElse(""));
        assertTrue(out.headers().firstValue("Set-Cookie").orElse("").startsWith("FOLJA_SESSION=; Path=/folja; Max-Age=0"));

        HttpResponse<String> ended = withCookie("GET", "/session", cookie, null);
        assertProblem(ended, 401);
        assertFalse("no Basic dialog for a browser", ended.headers().firstValue("WWW-Authenticate").isPresent());
        // the browser deleted the cookie: a page's script asking who is logged in gets no Basic dialog either
        HttpResponse<String> script = send("GET", Api.API + "/session", null, "Sec-Fetch-Mode", "cors",
                "Sec-Fetch-Site", "same-origin");
        assertProblem(script, 401);
        assertFalse(script.headers().firstValue("WWW-Authenticate").isPresent());
    }

    @Test
    public void anAllowedOriginGetsCorsWithCredentialsAndNoOtherOriginDoes() throws Exception {
        String cookie = session("staff");
        String csrf = csrfOf(cookie);

        HttpResponse<String> preflight = send("OPTIONS", Api.API + "/non-deliveries", null, "Origin", ALLOWED_ORIGIN,
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "content-type,x-csrf-token");
        assertEquals(204, preflight.statusCode());
        assertEquals(ALLOWED_ORIGIN, preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertEquals("true", preflight.headers().firstValue("Access-Control-Allow-Credentials").orElse(""));
        assertTrue(Set.of(preflight.headers().firstValue("Access-Control-Allow-Headers").orElse("").split(", "))
                .containsAll(Set.of("Content-Type", "If-Match", "X-CSRF-Token", "Idempotency-Key")));
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"));

        HttpResponse<String> read = withCookie("GET", "/units", cookie, null, "Origin", ALLOWED_ORIGIN);
        assertEquals(200, read.statusCode());
        assertEquals(ALLOWED_ORIGIN, read.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertEquals("true", read.headers().firstValue("Access-Control-Allow-Credentials").orElse(""));
        assertTrue(read.headers().allValues("Vary").toString(), read.headers().allValues("Vary").stream()
                .anyMatch(v -> v.contains("Origin")));
        assertTrue(read.headers().firstValue("Access-Control-Expose-Headers").orElse("").contains("ETag"));
        HttpResponse<String> write = withCookie("POST", "/non-deliveries", cookie, "{}", "Origin", ALLOWED_ORIGIN,
                "X-CSRF-Token", csrf);
        assertProblem(write, 400);
        assertEquals(ALLOWED_ORIGIN, write.headers().firstValue("Access-Control-Allow-Origin").orElse(""));

        String other = "http://elsewhere.example.test";
        HttpResponse<String> otherRead = withCookie("GET", "/units", cookie, null, "Origin", other);
        assertFalse(otherRead.headers().map().keySet().stream().anyMatch(h -> h.toLowerCase().startsWith("access-control-")));
        assertProblem(withCookie("POST", "/non-deliveries", cookie, "{}", "Origin", other, "X-CSRF-Token", csrf), 403);
        assertProblem(api.send("POST", "/non-deliveries", "staff", "{}", JSON_TYPE, "Origin", other), 403);
        HttpResponse<String> otherPreflight = send("OPTIONS", Api.API + "/non-deliveries", null, "Origin", other,
                "Access-Control-Request-Method", "POST");
        assertEquals(403, otherPreflight.statusCode());
        assertFalse(otherPreflight.headers().firstValue("Access-Control-Allow-Origin").isPresent());
        HttpResponse<String> foreignLogin = send("POST", "/folja/login", form("username", "staff", "password", "staff"),
                "Content-Type", "application/x-www-form-urlencoded", "Origin", other);
        assertEquals(403, foreignLogin.statusCode());
        assertFalse(foreignLogin.headers().firstValue("Set-Cookie").isPresent());
        // a page whose referrer policy is no-referrer: its browser sends Origin: null, and says where it came from
        assertProblem(withCookie("POST", "/non-deliveries", cookie, "{}", "Origin", "null", "Sec-Fetch-Site",
                "cross-site", "X-CSRF-Token", csrf), 403);
        assertProblem(withCookie("POST", "/non-deliveries", cookie, "{}", "Origin", "null", "Sec-Fetch-Site",
                "same-origin", "X-CSRF-Token", csrf), 400);
    }

    @Test
    public void httpBasicWorksAsBefore() throws Exception {
        HttpResponse<String> session = api.get("/session", "admin");
        assertEquals(session.body(), 200, session.statusCode());
        assertEquals("admin", json(session).path("user").asText());
        assertTrue(JsonAssert.texts(json(session).path("roles")).contains("folja-admin"));
        assertFalse(session.body(), json(session).has("csrfToken"));

        HttpResponse<String> none = api.get("/session", null);
        assertProblem(none, 401);
        assertTrue(none.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic "));
        // a change with Basic needs no CSRF token: a browser that remembered Basic credentials is stopped by its Origin
        assertProblem(api.send("POST", "/non-deliveries", "staff", "{}", JSON_TYPE), 400);
        assertNotNull(json(api.get("/openapi.json", "staff")).path("paths").get("/session"));
    }
}
