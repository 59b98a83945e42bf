package se.folja.rest.internal.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import javax.security.auth.login.LoginException;
import javax.servlet.Servlet;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.folja.api.session.BrowserSession;
import se.folja.api.session.BrowserSessions;
import se.folja.rest.internal.problem.Problems;

/**
 * Följa's login page for people ({@code GET /folja/login}), the login itself ({@code POST /folja/login}) and the
 * logout ({@code POST /folja/logout}), in the HTTP Whiteboard's default context.
 *
 * <p>A login goes through the same JAAS realm as the API's HTTP Basic ({@code se.folja.security}'s {@code realm}).
 * Success opens a session ({@link SessionStore}), sets the cookie {@value BrowserSessions#COOKIE} (a random
 * 256-bit token; {@code HttpOnly; SameSite=Strict; Path=/folja}, {@code Secure} when the request came over HTTPS
 * or {@code alwaysSecureCookie} is set; no {@code Max-Age}: it ends with the browser) and answers 303 to the
 * form's {@code next} when that is a path of this origin, else to {@code /folja/}. A wrong password and an unknown
 * user get the same 401 page with one message that names neither; the user name stays in its field and is never
 * logged. Repeated failures are slowed down ({@link LoginThrottle}: 429 with {@code Retry-After}).
 *
 * <p>Login CSRF (a foreign page logging the browser in as the attacker): a POST whose {@code Origin} is neither
 * Följa's own nor an allowed origin is refused with 403. Browsers send {@code Origin} on every cross-origin POST,
 * so no token is needed on the login form. Only the request body is read: a password or token in the URL is
 * ignored.
 */
@Component(service = Servlet.class, configurationPid = "se.folja.security", property = {
    "osgi.http.whiteboard.servlet.pattern=" + LoginServlet.LOGIN,
    "osgi.http.whiteboard.servlet.pattern=" + LoginServlet.LOGOUT,
    "osgi.http.whiteboard.servlet.name=folja-login"})
public final class LoginServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(LoginServlet.class);

    static final String LOGIN = "/folja/login";
    static final String LOGOUT = "/folja/logout";
    static final String HOME = "/folja/";
    static final int MAX_USER_LENGTH = 200;
    /** The largest form body read; a login form is a few hundred bytes. */
    static final int MAX_FORM_BYTES = 8192;
    static final String FORM_TYPE = "application/x-www-form-urlencoded";

    /** What checks a user name and password. */
    @FunctionalInterface
    interface Realm {
        LoginCache.Login login(String user, char[] password) throws LoginException;
    }

    private final transient SessionStore sessions;
    private final transient LoginThrottle throttle;
    private final transient Realm realm;
    private transient volatile SecurityConfig config;
    private transient volatile Origins origins;

    @Activate
    public LoginServlet(SecurityConfig config, @Reference SessionStore sessions) {
        this(config, sessions, new LoginThrottle(), null);
    }

    LoginServlet(SecurityConfig config, SessionStore sessions, LoginThrottle throttle, Realm realm) {
        this.sessions = sessions;
        this.throttle = throttle;
        this.realm = realm != null ? realm : (user, password) -> JaasRealm.login(this.config.realm(), user, password);
        modified(config);
    }

    @Modified
    void modified(SecurityConfig config) {
        this.config = config;
        this.origins = Origins.of(config.allowedOrigins());
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!LOGIN.equals(path(request))) {
            methodNotAllowed(request, response);
            return;
        }
        page(response, HttpServletResponse.SC_OK, LoginPage.Lang.of(request.getParameter("lang")), null,
                safeNext(request.getParameter("next")), null);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, String> form = form(request);
        LoginPage.Lang lang = LoginPage.Lang.of(form == null ? null : form.get("lang"));
        if (!origins.mayChangeState(request.getHeader("Origin"), request.getHeader("Host"),
                request.getHeader("Sec-Fetch-Site"))) {
            LOG.info("Refused a {} from another origin", path(request));
            page(response, HttpServletResponse.SC_FORBIDDEN, lang, null, HOME, lang.foreign);
            return;
        }
        if (LOGOUT.equals(path(request))) {
            logout(request, response, form, lang);
        } else {
            login(request, response, form == null ? Map.of() : form, lang);
        }
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws javax.servlet.ServletException, IOException {
        String method = request.getMethod();
        if (method.equals("GET") || method.equals("HEAD") || method.equals("POST")) {
            super.service(request, response);
        } else {
            methodNotAllowed(request, response);
        }
    }

    private void login(HttpServletRequest request, HttpServletResponse response, Map<String, String> form,
            LoginPage.Lang lang) throws IOException {
        String user = form.getOrDefault("username", "").strip();
        String password = form.getOrDefault("password", "");
        String next = safeNext(form.get("next"));
        if (user.isEmpty() || password.isEmpty()) {
            page(response, HttpServletResponse.SC_BAD_REQUEST, lang, user, next, lang.missing);
            return;
        }
        String address = request.getRemoteAddr() == null ? "unknown" : request.getRemoteAddr();
        long wait = throttle.retryAfterSeconds(user, address);
        if (wait > 0) {
            response.setHeader("Retry-After", Long.toString(wait));
            page(response, 429, lang, user, next, String.format(lang.throttled, wait));
            return;
        }
        LoginCache.Login login = null;
        char[] secret = password.toCharArray();
        try {
            if (user.length() <= MAX_USER_LENGTH) {
                login = realm.login(user, secret);
            }
        } catch (LoginException e) {
            // neither the user name nor which part was wrong is logged or told
            LOG.debug("A login on the login page failed: {}", e.getClass().getSimpleName());
        } finally {
            Arrays.fill(secret, '\0');
        }
        if (login == null) {
            throttle.failed(user, address);
            page(response, HttpServletResponse.SC_UNAUTHORIZED, lang, user, next, lang.wrong);
            return;
        }
        throttle.succeeded(user);
        // a session the browser had before is ended: the new one gets a new token (no session fixation)
        sessions.close(cookie(request));
        SessionStore.Opened opened = sessions.open(login.name(), login.roles());
        noStore(response);
        response.addHeader("Set-Cookie", sessionCookie(opened.cookieValue(), secure(request)));
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", next);
        response.setContentLength(0);
    }

    private void logout(HttpServletRequest request, HttpServletResponse response, Map<String, String> form,
            LoginPage.Lang lang) throws IOException {
        String cookie = cookie(request);
        BrowserSession session = sessions.find(cookie).orElse(null);
        if (session != null) {
            String token = request.getHeader(BrowserSessions.CSRF_HEADER);
            if (token == null && form != null) {
                token = form.get("csrf");
            }
            if (!JaasAuthenticationFilter.sameToken(token, session.csrfToken())) {
                problem(response, HttpServletResponse.SC_FORBIDDEN, Problems.FORBIDDEN.type(), "Forbidden",
                        "Logging out needs the session's CSRF token, in the form field csrf or the header "
                                + BrowserSessions.CSRF_HEADER);
                return;
            }
            sessions.close(cookie);
        }
        noStore(response);
        if (cookie != null) {
            response.addHeader("Set-Cookie", BrowserSessions.COOKIE + "=; Path=/folja; Max-Age=0; HttpOnly;"
                    + " SameSite=Strict" + (secure(request) ? "; Secure" : ""));
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", lang == LoginPage.Lang.EN ? LOGIN + "?lang=en" : LOGIN);
        response.setContentLength(0);
    }

    private boolean secure(HttpServletRequest request) {
        return request.isSecure() || config.alwaysSecureCookie();
    }

    /** @return the Set-Cookie value of a new session: a browser-session cookie under /folja only */
    static String sessionCookie(String value, boolean secure) {
        return BrowserSessions.COOKIE + "=" + value + "; Path=/folja; HttpOnly; SameSite=Strict"
                + (secure ? "; Secure" : "");
    }

    /**
     * @return {@code next} when it is a path of this origin (one leading slash, no second one or backslash right
     *         after it, no backslash, control character or white space anywhere, at most 2000 characters), else
     *         {@code /folja/}
     */
    static String safeNext(String next) {
        if (next == null || next.isEmpty() || next.length() > 2000 || next.charAt(0) != '/') {
            return HOME;
        }
        if (next.length() > 1 && (next.charAt(1) == '/' || next.charAt(1) == '\\')) {
            return HOME;
        }
        for (int i = 0; i < next.length(); i++) {
            char c = next.charAt(i);
            if (c == '\\' || c <= 0x20 || c == 0x7f || Character.isWhitespace(c) || Character.isISOControl(c)) {
                return HOME;
            }
        }
        return next.contains("//") ? HOME : next;
    }

    private static String cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (BrowserSessions.COOKIE.equals(cookie.getName())) {
                return cookie.getValue();
            }
        }
        return null;
    }

    private static String path(HttpServletRequest request) {
        String path = request.getServletPath();
        return path == null || path.isEmpty() ? request.getRequestURI() : path;
    }

    /**
     * @return the fields of an {@code application/x-www-form-urlencoded} body (the first of each name), an empty
     *         map for a body of another type, or null when the body is too large or not well encoded
     */
    static Map<String, String> form(HttpServletRequest request) throws IOException {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith(FORM_TYPE)) {
            return Map.of();
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = readAtMost(in, MAX_FORM_BYTES + 1);
        }
        if (body.length > MAX_FORM_BYTES) {
            return null;
        }
        Map<String, String> fields = new HashMap<>();
        try {
            for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                fields.putIfAbsent(name, value);
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return fields;
    }

    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1024];
        int read;
        while (out.size() < limit && (read = in.read(buffer, 0, Math.min(buffer.length, limit - out.size()))) != -1) {
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }

    private static void noStore(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Pragma", "no-cache");
    }

    private static void page(HttpServletResponse response, int status, LoginPage.Lang lang, String user, String next,
            String error) throws IOException {
        byte[] body = LoginPage.render(lang, user, next, error).getBytes(StandardCharsets.UTF_8);
        noStore(response);
        response.setStatus(status);
        response.setHeader("Content-Security-Policy", LoginPage.CSP);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        // not no-referrer: with it a browser sends "Origin: null" with the form, and the login could not be told
        // from one posted by another site's page
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Content-Language", lang.tag);
        response.setContentType("text/html;charset=UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static void methodNotAllowed(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setHeader("Allow", LOGIN.equals(path(request)) ? "GET, HEAD, POST" : "POST");
        problem(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, Problems.METHOD_NOT_ALLOWED.type(),
                "Method not allowed", "Use GET for the login page and POST to log in or out");
    }

    private static void problem(HttpServletResponse response, int status, String type, String title, String detail)
            throws IOException {
        byte[] body = ("{\"type\":\"" + type + "\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}").getBytes(StandardCharsets.UTF_8);
        noStore(response);
        response.setStatus(status);
        response.setContentType(Problems.MEDIA_TYPE + ";charset=UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
