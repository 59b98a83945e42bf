package se.folja.rest.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.core.Cookie;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.junit.jupiter.api.Test;

import se.folja.rest.internal.problem.ProblemException;

/** The API's authentication with the session cookie: the caller, the CSRF token, the 401 without a challenge. */
class SessionAuthenticationTest {

    private final AtomicLong now = new AtomicLong(1);
    private final SessionStore sessions = new SessionStore(FakeHttp.config(), now::get);
    private final JaasAuthenticationFilter filter = new JaasAuthenticationFilter(FakeHttp.config(), sessions);
    private final SessionStore.Opened opened = sessions.open("staff", Set.of(Roles.STAFF));
    private final String csrf = opened.session().csrfToken();

    @Test
    void aReadWithTheCookieIsTheSessionsUser() {
        JaasAuthenticationFilter.Caller caller = filter.authenticateSession(opened.cookieValue(), "GET", null);

        assertEquals("staff", caller.name());
        assertEquals(Set.of(Roles.STAFF), caller.roles());
        assertEquals(csrf, caller.csrfToken());
        SecurityContext security = caller.securityContext(false);
        assertEquals(JaasAuthenticationFilter.SESSION_AUTH, security.getAuthenticationScheme());
        assertEquals(csrf, ((Roles.CallerPrincipal) security.getUserPrincipal()).csrfToken());
    }

    @Test
    void aChangeWithTheCookieNeedsTheSessionsCsrfToken() {
        for (String method : new String[] {"POST", "PUT", "PATCH", "DELETE"}) {
            for (String token : new String[] {null, "", csrf.substring(1), csrf + "x", opened.cookieValue()}) {
                ProblemException refused = assertThrows(ProblemException.class,
                        () -> filter.authenticateSession(opened.cookieValue(), method, token), method + " " + token);
                assertEquals(403, refused.response().getStatus());
                assertEquals("application/problem+json", refused.response().getMediaType().toString());
            }
            assertEquals("staff", filter.authenticateSession(opened.cookieValue(), method, csrf).name());
        }
        assertEquals("staff", filter.authenticateSession(opened.cookieValue(), "HEAD", null).name());
        assertEquals("staff", filter.authenticateSession(opened.cookieValue(), "OPTIONS", null).name());
    }

    @Test
    void anEndedSessionIsA401WithoutTheBasicChallenge() {
        Response response = filter(null, "FOLJA_SESSION", opened.cookieValue() + "x");
        assertEquals(401, response.getStatus());
        assertNull(response.getHeaderString("WWW-Authenticate"));

        sessions.close(opened.cookieValue());
        assertNull(filter(null, "FOLJA_SESSION", opened.cookieValue()).getHeaderString("WWW-Authenticate"));
    }

    @Test
    void aPlainApiCallKeepsTheBasicChallenge() {
        Response response = filter(null, null, null);
        assertEquals(401, response.getStatus());
        assertEquals(JaasAuthenticationFilter.CHALLENGE, response.getHeaderString("WWW-Authenticate"));
        assertEquals(JaasAuthenticationFilter.CHALLENGE,
                filter("Basic !!!", "FOLJA_SESSION", opened.cookieValue()).getHeaderString("WWW-Authenticate"),
                "an Authorization header is checked as Basic, whatever cookie comes with it");
    }

    @Test
    void aPagesScriptNeverGetsTheBasicChallenge() {
        for (String mode : new String[] {"cors", "same-origin", "no-cors"}) {
            Response response = filter(null, null, null, mode);
            assertEquals(401, response.getStatus());
            assertNull(response.getHeaderString("WWW-Authenticate"), mode);
            assertNull(filter("Basic !!!", null, null, mode).getHeaderString("WWW-Authenticate"), mode);
        }
        assertEquals(JaasAuthenticationFilter.CHALLENGE,
                filter(null, null, null, "navigate").getHeaderString("WWW-Authenticate"), "the API's URL opened by hand");
    }

    private Response filter(String authorization, String cookieName, String cookieValue) {
        return filter(authorization, cookieName, cookieValue, null);
    }

    /** @return what the filter aborted the request with */
    private Response filter(String authorization, String cookieName, String cookieValue, String fetchMode) {
        AtomicReference<Response> aborted = new AtomicReference<>();
        Map<String, Cookie> cookies = new HashMap<>();
        if (cookieName != null) {
            cookies.put(cookieName, new Cookie(cookieName, cookieValue));
        }
        ContainerRequestContext request = (ContainerRequestContext) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {ContainerRequestContext.class}, (proxy, m, args) ->
                        switch (m.getName()) {
                            case "getHeaderString" -> "Authorization".equals(args[0]) ? authorization
                                    : "Sec-Fetch-Mode".equals(args[0]) ? fetchMode : null;
                            case "getCookies" -> cookies;
                            case "getMethod" -> "GET";
                            case "getUriInfo" -> throw new UnsupportedOperationException(URI.class.getName());
                            case "abortWith" -> {
                                aborted.set((Response) args[0]);
                                yield null;
                            }
                            default -> throw new UnsupportedOperationException(m.getName());
                        });
        filter.filter(request);
        return aborted.get();
    }
}
