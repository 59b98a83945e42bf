package se.folja.web.internal;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import se.folja.api.session.BrowserSession;
import se.folja.api.session.BrowserSessions;

/**
 * Which person may open which of Följa's pages: the documentation page ({@code index.html}, at {@code /folja/})
 * and the follow-up page ({@code followups/index.html}) need the role {@value #STAFF}; the catalogue page
 * ({@code admin/index.html}, at {@code /folja/admin/}), the template administration ({@code admin/followups/}) and
 * its questionnaire preview ({@code admin/followups/preview/}) {@value #ADMIN}; the dashboard ({@code dashboard/})
 * {@value #STATISTICIAN}. The guard decides on the file a request resolved to, after {@link WebResponder}'s path
 * normalisation, so no other spelling of a page's address reaches it unguarded. Every other file is public.
 *
 * <p>The person is the browser session the cookie {@value BrowserSessions#COOKIE} names, looked up in the
 * {@link BrowserSessions} service (from {@code folja-rest}). Without a session: 303 to the login page, which
 * comes back here afterwards ({@code next}). With a session but not the role: an administrator asking for the
 * documentation page (Följa's front door, {@code /folja/}) is sent on to the catalogue page and a statistician to
 * the dashboard (same language); anyone else gets a 403 page that links to
 * the pages the person may open and offers to log out. While the service is absent (folja-rest not started) a
 * guarded page answers 503, every other file is still served. Neither the cookie nor the user name is logged.
 */
final class PageGuard {

    static final String STAFF = "folja-staff";
    static final String ADMIN = "folja-admin";
    static final String STATISTICIAN = "folja-statistician";
    static final String LOGIN = "/folja/login";
    /** How long a browser is asked to wait while the sessions are not available, in seconds. */
    static final int RETRY_AFTER_SECONDS = 5;

    /**
     * A guarded page.
     *
     * @param address the page's address (a folder, with its trailing slash)
     * @param role the role that opens it
     */
    record Page(String address, String role) {
    }

    static final Page DOCUMENTATION = new Page("/folja/", STAFF);
    static final Page CATALOGUE = new Page("/folja/admin/", ADMIN);
    static final Page FOLLOW_UPS = new Page("/folja/followups/", STAFF);
    static final Page FOLLOW_UP_ADMIN = new Page("/folja/admin/followups/", ADMIN);
    static final Page QUESTIONNAIRE_PREVIEW = new Page("/folja/admin/followups/preview/", ADMIN);
    static final Page DASHBOARD = new Page("/folja/dashboard/", STATISTICIAN);

    /** The guarded pages by the file each is served from (relative to {@code /folja/}). */
    private static final Map<String, Page> PAGES = Map.of(
            "index.html", DOCUMENTATION,
            "admin/index.html", CATALOGUE,
            "followups/index.html", FOLLOW_UPS,
            "admin/followups/index.html", FOLLOW_UP_ADMIN,
            "admin/followups/preview/index.html", QUESTIONNAIRE_PREVIEW,
            "dashboard/index.html", DASHBOARD);

    private final Supplier<BrowserSessions> sessions;

    /** @param sessions the current sessions service, or null while there is none */
    PageGuard(Supplier<BrowserSessions> sessions) {
        this.sessions = sessions;
    }

    /** @return the guarded page a served file (relative to {@code /folja/}) is, if it is one */
    static Optional<Page> page(String file) {
        return Optional.ofNullable(PAGES.get(file));
    }

    /**
     * @param page the guarded page asked for
     * @param cookie the value of the session cookie, or null
     * @param query the request's query string, or null
     * @param head whether the request is a HEAD (no body)
     * @return empty when the person may have the page; else what to answer instead
     */
    Optional<WebResponder.Reply> check(Page page, String cookie, String query, boolean head) {
        BrowserSessions service = sessions.get();
        if (service == null) {
            Map<String, String> headers = refusalHeaders();
            headers.put("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
            headers.put("Content-Type", "text/html;charset=utf-8");
            headers.put("Content-Length", Integer.toString(GuardPages.UNAVAILABLE.length));
            return Optional.of(new WebResponder.Reply(503, headers, head ? new byte[0] : GuardPages.UNAVAILABLE));
        }
        Optional<BrowserSession> found = cookie == null || cookie.isEmpty() ? Optional.empty() : service.find(cookie);
        GuardPages.Lang lang = GuardPages.Lang.of(queryParameter(query, "lang"));
        if (found.isEmpty()) {
            return Optional.of(redirect(loginAddress(page, query, lang)));
        }
        BrowserSession session = found.get();
        if (session.hasRole(page.role())) {
            return Optional.empty();
        }
        if (page.equals(DOCUMENTATION) && session.hasRole(ADMIN)) {
            return Optional.of(redirect(CATALOGUE.address() + lang.query()));
        }
        if (page.equals(DOCUMENTATION) && session.hasRole(STATISTICIAN)) {
            return Optional.of(redirect(DASHBOARD.address() + lang.query()));
        }
        Map<String, String> headers = refusalHeaders();
        headers.put("Content-Type", "text/html;charset=utf-8");
        headers.put("Content-Security-Policy", GuardPages.CSP);
        headers.put("Content-Language", lang.tag);
        byte[] body = WebContent.utf8(GuardPages.forbidden(lang, page, session));
        headers.put("Content-Length", Integer.toString(body.length));
        return Optional.of(new WebResponder.Reply(403, headers, head ? new byte[0] : body));
    }

    /**
     * @return the login page's address that comes back to the page (and its query) after logging in, in the
     *         page's language
     */
    static String loginAddress(Page page, String query, GuardPages.Lang lang) {
        String next = page.address() + (query == null || query.isEmpty() ? "" : "?" + query);
        return LOGIN + "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8)
                + (lang == GuardPages.Lang.EN ? "&lang=en" : "");
    }

    /** The headers a guarded page adds to the usual ones: private, varies with the cookie, never framed elsewhere. */
    static void addPageHeaders(Map<String, String> headers) {
        headers.put("Cache-Control", "no-cache, private");
        String vary = headers.get("Vary");
        headers.put("Vary", vary == null ? "Cookie" : vary + ", Cookie");
        headers.put("Content-Security-Policy", "frame-ancestors 'self'");
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "same-origin");
    }

    private static WebResponder.Reply redirect(String location) {
        Map<String, String> headers = refusalHeaders();
        headers.put("Location", location);
        headers.put("Content-Length", "0");
        return new WebResponder.Reply(303, headers, new byte[0]);
    }

    private static Map<String, String> refusalHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Cache-Control", "no-store");
        headers.put("Vary", "Cookie");
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "same-origin");
        return headers;
    }

    /** @return the first value of a parameter of a query string, decoded, or null (also for a malformed one) */
    static String queryParameter(String query, String name) {
        if (query == null || query.isEmpty()) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            try {
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                if (key.equals(name)) {
                    return eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                }
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return null;
    }
}
