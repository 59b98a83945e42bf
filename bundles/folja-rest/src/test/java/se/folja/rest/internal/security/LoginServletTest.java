package se.folja.rest.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.security.auth.login.FailedLoginException;

import org.junit.jupiter.api.Test;

import se.folja.api.session.BrowserSession;

class LoginServletTest {

    private final AtomicLong now = new AtomicLong(1);
    private final AtomicInteger realmCalls = new AtomicInteger();
    private final SessionStore sessions = new SessionStore(FakeHttp.config(), now::get);
    private LoginServlet servlet = servlet(FakeHttp.config("allowedOrigins", new String[] {"https://journal.example.org"}));

    private LoginServlet servlet(SecurityConfig config) {
        return new LoginServlet(config, sessions, new LoginThrottle(now::get), (user, password) -> {
            realmCalls.incrementAndGet();
            if (user.equals("staff") && new String(password).equals("staff")) {
                return new LoginCache.Login("staff", Set.of(Roles.STAFF, "folja-unit-NORR"));
            }
            throw new FailedLoginException("no");
        });
    }

    private FakeHttp.Response send(FakeHttp.Request request) throws Exception {
        FakeHttp.Response response = new FakeHttp.Response();
        servlet.service(request.build(), response.build());
        return response;
    }

    private FakeHttp.Response login(String form) throws Exception {
        return send(new FakeHttp.Request("POST", LoginServlet.LOGIN).form(form));
    }

    private static String cookieValue(FakeHttp.Response response) {
        Matcher m = Pattern.compile("^FOLJA_SESSION=([^;]*);").matcher(response.header("Set-Cookie"));
        assertTrue(m.find(), response.header("Set-Cookie"));
        return m.group(1);
    }

    @Test
    void theLoginPageIsSwedishByDefaultWithTheFieldsTheContractNames() throws Exception {
        FakeHttp.Response page = send(new FakeHttp.Request("GET", LoginServlet.LOGIN));

        assertEquals(200, page.status);
        assertEquals("text/html;charset=UTF-8", page.header("Content-Type"));
        assertEquals("no-store", page.header("Cache-Control"));
        String csp = page.header("Content-Security-Policy");
        assertTrue(csp.startsWith("default-src 'none';") && csp.contains("frame-ancestors 'none'")
                && csp.contains("form-action 'self'") && !csp.contains("unsafe-inline") && !csp.contains("script-src"),
                csp);
        String html = page.body();
        assertTrue(html.contains("<html lang=\"sv\">"), html);
        assertTrue(html.contains("<title>Logga in – Följa</title>"), html);
        assertTrue(html.contains("<label for=\"username\">Användarnamn</label>"), html);
        assertTrue(html.contains("<label for=\"password\">Lösenord</label>"), html);
        assertTrue(html.contains("id=\"username\" name=\"username\""), html);
        assertTrue(html.contains("id=\"password\" name=\"password\""), html);
        assertTrue(html.contains("<input type=\"hidden\" name=\"next\" value=\"/folja/\">"), html);
        assertTrue(html.contains("<button type=\"submit\" id=\"login-submit\">Logga in</button>"), html);
        assertTrue(html.contains("href=\"/folja/login?lang=en\" lang=\"en\" hreflang=\"en\">In English</a>"), html);
        assertFalse(html.contains("<script"), "no script at all");
        assertFalse(html.contains("id=\"login-error\""), "no error before a try");
    }

    @Test
    void theLoginPageInEnglishKeepsASafeNextInItsLanguageSwitch() throws Exception {
        String html = send(new FakeHttp.Request("GET", LoginServlet.LOGIN).query("lang", "en")
                .query("next", "/folja/admin/?x=1&y=2")).body();

        assertTrue(html.contains("<html lang=\"en\">"), html);
        assertTrue(html.contains("<title>Log in – Följa</title>"), html);
        assertTrue(html.contains("<label for=\"username\">User name</label>"), html);
        assertTrue(html.contains("value=\"/folja/admin/?x=1&amp;y=2\""), html);
        assertTrue(html.contains("href=\"/folja/login?lang=sv&amp;next=%2Ffolja%2Fadmin%2F%3Fx%3D1%26y%3D2\""), html);
        assertTrue(send(new FakeHttp.Request("GET", LoginServlet.LOGIN).query("next", "//evil.example"))
                .body().contains("name=\"next\" value=\"/folja/\""));
    }

    @Test
    void aLoginOpensASessionSetsTheCookieAndGoesToTheSafeNext() throws Exception {
        FakeHttp.Response response = login("username=staff&password=staff&next=%2Ffolja-demo%2Fstatic%2Fhost-form.html&lang=sv");

        assertEquals(303, response.status);
        assertEquals("/folja-demo/static/host-form.html", response.header("Location"));
        assertEquals("no-store", response.header("Cache-Control"));
        String cookie = response.header("Set-Cookie");
        assertTrue(cookie.matches("FOLJA_SESSION=[A-Za-z0-9_-]{43}; Path=/folja; HttpOnly; SameSite=Strict"), cookie);
        BrowserSession session = sessions.find(cookieValue(response)).orElseThrow();
        assertEquals("staff", session.user());
        assertEquals(Set.of(Roles.STAFF, "folja-unit-NORR"), session.roles());
    }

    @Test
    void theCookieIsSecureOverHttpsOrWhenConfigured() throws Exception {
        FakeHttp.Request https = new FakeHttp.Request("POST", LoginServlet.LOGIN).form("username=staff&password=staff");
        https.secure = true;
        assertTrue(send(https).header("Set-Cookie").endsWith("; HttpOnly; SameSite=Strict; Secure"));

        servlet = servlet(FakeHttp.config("alwaysSecureCookie", true));
        assertTrue(login("username=staff&password=staff").header("Set-Cookie").endsWith("; Secure"));
        assertFalse(login("username=staff&password=staff").header("Set-Cookie").contains("Max-Age"));
    }

    @Test
    void anUnsafeNextGoesHome() throws Exception {
        assertEquals("/folja/", login("username=staff&password=staff&next=https%3A%2F%2Fevil.example%2F")
                .header("Location"));
        assertEquals("/folja/", login("username=staff&password=staff").header("Location"));
    }

    @Test
    void onlyPathsOfThisOriginAreSafeNexts() {
        for (String safe : List.of("/", "/folja/", "/folja/admin/?lang=en", "/folja-demo/static/host-form.html#top",
                "/folja/a%2F%2Fb")) {
            assertEquals(safe, LoginServlet.safeNext(safe));
        }
        for (String unsafe : java.util.Arrays.asList(null, "", "folja/", "//evil.example", "/\\evil.example",
                "\\\\evil.example", "/folja\\..\\x", "https://evil.example/", "javascript:alert(1)",
                "/folja/\r\nSet-Cookie: x=y", "/folja/\t/x", "/ /evil", "/folja//x", "/" + "a".repeat(2000))) {
            assertEquals("/folja/", LoginServlet.safeNext(unsafe), String.valueOf(unsafe));
        }
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameGenericPage() throws Exception {
        FakeHttp.Response wrong = login("username=staff&password=nope&lang=sv");
        FakeHttp.Response unknown = login("username=nobody&password=staff&lang=sv");

        assertEquals(401, wrong.status);
        assertEquals(401, unknown.status);
        assertNull(wrong.header("Set-Cookie"));
        assertNull(wrong.header("WWW-Authenticate"));
        assertEquals("no-store", wrong.header("Cache-Control"));
        assertTrue(wrong.body().contains("<div id=\"login-error\" role=\"alert\">Fel användarnamn eller lösenord.</div>"),
                wrong.body());
        assertTrue(wrong.body().contains("<title>Fel: Logga in – Följa</title>"));
        assertTrue(wrong.body().contains("value=\"staff\" aria-describedby=\"login-error\" aria-invalid=\"true\">"),
                "the user name stays: " + wrong.body());
        assertEquals(wrong.body().replace("staff", "X"), unknown.body().replace("nobody", "X"));
        assertTrue(login("username=staff&password=nope&lang=en").body()
                .contains("role=\"alert\">Wrong user name or password.</div>"));
        assertEquals(0, sessions.size());
    }

    @Test
    void theUserNameIsEscapedInThePage() throws Exception {
        String html = login("username=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E&password=x").body();

        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\""), html);
    }

    @Test
    void repeatedFailuresAreSlowedDownWithoutAskingTheRealm() throws Exception {
        for (int i = 0; i < LoginThrottle.FREE_USER_FAILURES + 1; i++) {
            assertEquals(401, login("username=staff&password=guess" + i).status);
        }
        int calls = realmCalls.get();
        FakeHttp.Response throttled = login("username=staff&password=staff");

        assertEquals(429, throttled.status);
        assertEquals("2", throttled.header("Retry-After"));
        assertTrue(throttled.body().contains("role=\"alert\">För många misslyckade inloggningar. Vänta 2 sekunder"),
                throttled.body());
        assertTrue(throttled.body().contains("value=\"staff\""));
        assertEquals(calls, realmCalls.get(), "the realm was not asked");
        assertNull(throttled.header("Set-Cookie"));

        now.addAndGet(2_000_000_000L);
        assertEquals(303, login("username=staff&password=staff").status);
        assertEquals(401, login("username=staff&password=again").status, "the success cleared the name's count");
    }

    @Test
    void aLoginFromAForeignPageIsRefused() throws Exception {
        FakeHttp.Response foreign = send(new FakeHttp.Request("POST", LoginServlet.LOGIN)
                .header("Origin", "https://evil.example").form("username=staff&password=staff"));
        assertEquals(403, foreign.status);
        assertNull(foreign.header("Set-Cookie"));
        assertEquals(0, realmCalls.get());

        assertEquals(403, send(new FakeHttp.Request("POST", LoginServlet.LOGIN).header("Origin", "null")
                .header("Sec-Fetch-Site", "cross-site").form("username=staff&password=staff")).status);
        for (String origin : List.of("https://folja.example.org", "http://folja.example.org",
                "https://journal.example.org")) {
            assertEquals(303, send(new FakeHttp.Request("POST", LoginServlet.LOGIN).header("Origin", origin)
                    .form("username=staff&password=staff")).status, origin);
        }
        assertEquals(303, send(new FakeHttp.Request("POST", LoginServlet.LOGIN).header("Origin", "null")
                .header("Sec-Fetch-Site", "same-origin").form("username=staff&password=staff")).status,
                "a browser that sent Origin: null from the login page itself");
        assertEquals("same-origin", send(new FakeHttp.Request("GET", LoginServlet.LOGIN)).header("Referrer-Policy"),
                "not no-referrer: the form's POST keeps its Origin");
    }

    @Test
    void credentialsInTheUrlAreIgnored() throws Exception {
        FakeHttp.Response response = send(new FakeHttp.Request("POST", LoginServlet.LOGIN)
                .query("username", "staff").query("password", "staff"));

        assertEquals(400, response.status);
        assertTrue(response.body().contains("Fyll i användarnamn och lösenord."));
        assertEquals(0, realmCalls.get());
    }

    @Test
    void loggingOutNeedsTheSessionsCsrfTokenAndEndsTheSession() throws Exception {
        String cookie = cookieValue(login("username=staff&password=staff"));
        String csrf = sessions.find(cookie).orElseThrow().csrfToken();

        FakeHttp.Response without = send(new FakeHttp.Request("POST", LoginServlet.LOGOUT).cookie("FOLJA_SESSION", cookie));
        assertEquals(403, without.status);
        assertEquals("application/problem+json;charset=UTF-8", without.header("Content-Type"));
        FakeHttp.Response wrong = send(new FakeHttp.Request("POST", LoginServlet.LOGOUT).cookie("FOLJA_SESSION", cookie)
                .form("csrf=" + csrf.substring(1)));
        assertEquals(403, wrong.status);
        FakeHttp.Response inUrl = send(new FakeHttp.Request("POST", LoginServlet.LOGOUT).cookie("FOLJA_SESSION", cookie)
                .query("csrf", csrf));
        assertEquals(403, inUrl.status, "a token in the URL does not count");
        assertTrue(sessions.find(cookie).isPresent());

        FakeHttp.Response out = send(new FakeHttp.Request("POST", LoginServlet.LOGOUT).cookie("FOLJA_SESSION", cookie)
                .form("csrf=" + csrf));
        assertEquals(303, out.status);
        assertEquals("/folja/login", out.header("Location"));
        assertEquals("FOLJA_SESSION=; Path=/folja; Max-Age=0; HttpOnly; SameSite=Strict", out.header("Set-Cookie"));
        assertTrue(sessions.find(cookie).isEmpty());
    }

    @Test
    void theCsrfTokenMayComeInTheHeaderToo() throws Exception {
        String cookie = cookieValue(login("username=staff&password=staff"));
        String csrf = sessions.find(cookie).orElseThrow().csrfToken();

        FakeHttp.Response out = send(new FakeHttp.Request("POST", LoginServlet.LOGOUT).cookie("FOLJA_SESSION", cookie)
                .header("X-CSRF-Token", csrf).form("lang=en"));
        assertEquals(303, out.status);
        assertEquals("/folja/login?lang=en", out.header("Location"));
        assertTrue(sessions.find(cookie).isEmpty());
    }

    @Test
    void aNewLoginEndsTheSessionTheBrowserHad() throws Exception {
        String first = cookieValue(login("username=staff&password=staff"));
        String second = cookieValue(send(new FakeHttp.Request("POST", LoginServlet.LOGIN).cookie("FOLJA_SESSION", first)
                .form("username=staff&password=staff")));

        assertTrue(sessions.find(first).isEmpty());
        assertTrue(sessions.find(second).isPresent());
    }

    @Test
    void otherMethodsAreRefused() throws Exception {
        FakeHttp.Response get = send(new FakeHttp.Request("GET", LoginServlet.LOGOUT));
        assertEquals(405, get.status);
        assertEquals("POST", get.header("Allow"));
        FakeHttp.Response put = send(new FakeHttp.Request("PUT", LoginServlet.LOGIN));
        assertEquals(405, put.status);
        assertEquals("GET, HEAD, POST", put.header("Allow"));
    }
}
