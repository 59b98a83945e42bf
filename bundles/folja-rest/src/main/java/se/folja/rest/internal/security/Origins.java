package se.folja.rest.internal.security;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which origins (scheme, host and port of a web page) may call Följa from a browser: Följa's own, and those an
 * administrator lists in {@code se.folja.security}'s {@code allowedOrigins}.
 *
 * <p>A request comes from Följa's own pages when the browser says so ({@code Sec-Fetch-Site: same-origin}), or when
 * its {@code Origin} is the origin the request was sent to, its {@code Host} header. The scheme is not compared,
 * because TLS is commonly ended by a proxy in front of Karaf, which then sees {@code http} for a page served
 * as {@code https}. A request whose {@code Host} a proxy rewrites (to the Karaf node's own name) must list the
 * public origin in {@code allowedOrigins}.
 */
final class Origins {

    private final Set<String> allowed;

    private Origins(Set<String> allowed) {
        this.allowed = Set.copyOf(allowed);
    }

    /**
     * @param configured origins as an administrator wrote them ({@code https://journal.kommun.se},
     *        {@code http://localhost:8080}), an entry may list several separated by commas; blanks, and entries that are not a plain http(s) origin (see
     *        {@link #invalid}), are skipped
     */
    static Origins of(String... configured) {
        Set<String> allowed = new LinkedHashSet<>();
        for (String origin : entries(configured)) {
            String normal = origin == null ? null : normalise(origin.trim());
            if (normal != null) {
                allowed.add(normal);
            }
        }
        return new Origins(allowed);
    }

    /** @return the configured entries that are not blank and not an origin, to be logged */
    static List<String> invalid(String... configured) {
        List<String> invalid = new ArrayList<>();
        for (String origin : entries(configured)) {
            if (origin != null && !origin.isBlank() && normalise(origin.trim()) == null) {
                invalid.add(origin.trim());
            }
        }
        return invalid;
    }

    /**
     * @return the configured entries, each split at commas and white space: a {@code .cfg} file gives one string
     *         ({@code allowedOrigins = https://a.example, https://b.example}), Config Admin may give an array
     */
    private static List<String> entries(String... configured) {
        List<String> entries = new ArrayList<>();
        for (String value : configured == null ? new String[0] : configured) {
            if (value != null) {
                entries.addAll(List.of(value.trim().split("[,\\s]+")));
            }
        }
        return entries;
    }

    /** @return the origins other than Följa's own that may call it, normalised */
    Set<String> allowed() {
        return allowed;
    }

    /** @return whether {@code origin} (an {@code Origin} header) is one of the configured ones */
    boolean isAllowed(String origin) {
        String normal = origin == null ? null : normalise(origin.trim());
        return normal != null && allowed.contains(normal);
    }

    /**
     * @param origin the request's {@code Origin} header, may be null
     * @param host the request's {@code Host} header, may be null
     * @return whether the request came from a page of Följa's own origin: the Origin's host and port are the
     *         Host's (a default port may be left out of either)
     */
    static boolean isOwn(String origin, String host) {
        String normal = origin == null ? null : normalise(origin.trim());
        if (normal == null || host == null || host.isBlank()) {
            return false;
        }
        URI o = URI.create(normal);
        String authority = host.trim().toLowerCase(Locale.ROOT);
        int defaultPort = o.getScheme().equals("https") ? 443 : 80;
        String hostOnly = o.getHost();
        int port = o.getPort() == -1 ? defaultPort : o.getPort();
        return authority.equals(hostOnly + ":" + port)
                || (port == defaultPort && authority.equals(hostOnly));
    }

    /**
     * @param origin the request's {@code Origin} header, may be null
     * @param host the request's {@code Host} header, may be null
     * @param fetchSite the request's {@code Sec-Fetch-Site} header, may be null (a client that is no browser, or an
     *        older browser)
     * @return whether the request came from a page of Följa's own origin: the browser says so
     *         ({@code Sec-Fetch-Site: same-origin}, which a page cannot forge; it also holds when a page's referrer
     *         policy {@code no-referrer} made the browser send {@code Origin: null}), or the Origin is the Host's
     */
    static boolean fromOwnPage(String origin, String host, String fetchSite) {
        return "same-origin".equalsIgnoreCase(fetchSite) || isOwn(origin, host);
    }

    /**
     * @return whether a request may change state: it comes from Följa's own pages ({@link #fromOwnPage}) or an
     *         allowed origin, or carries no {@code Origin} and is not marked cross-origin by the browser (a client that
     *         is no browser; a browser sends {@code Origin} with every POST, PUT, PATCH and DELETE)
     */
    boolean mayChangeState(String origin, String host, String fetchSite) {
        return origin == null ? withoutOrigin(fetchSite) : fromOwnPage(origin, host, fetchSite) || isAllowed(origin);
    }

    /** @return whether a state-changing request without {@code Origin} may go on: unless the browser marks it cross-origin */
    static boolean withoutOrigin(String fetchSite) {
        return fetchSite == null || fetchSite.equalsIgnoreCase("same-origin") || fetchSite.equalsIgnoreCase("none");
    }

    /** @return {@code scheme://host[:port]} in lower case without a default port, or null when not an origin */
    static String normalise(String origin) {
        if (origin.isEmpty() || origin.equals("null")) {
            return null;
        }
        URI uri;
        try {
            uri = new URI(origin);
        } catch (URISyntaxException e) {
            return null;
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme) || uri.getHost() == null || uri.getRawUserInfo() != null
                || (uri.getRawPath() != null && !uri.getRawPath().isEmpty()) || uri.getRawQuery() != null
                || uri.getRawFragment() != null) {
            return null;
        }
        int port = uri.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }
}
