package se.folja.web.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import se.folja.web.internal.WebContent.Asset;

/**
 * The answer to a request for one of Följa's web files, without the servlet API: which file, which status, which
 * caching headers. Content-hashed files ({@code /folja/assets/…}) are cached for a year and never revalidated;
 * every other file (pages, the component's stable entry) is revalidated on every use ({@code no-cache}) with its
 * ETag, and answered 304 while it has not changed. A folder answers with its {@code index.html}; nothing lists a
 * folder, and a path that is not a plain relative file path is not found. The pages that need a role are
 * checked by {@link PageGuard} on the file a path resolves to, before anything else about them is answered.
 */
final class WebResponder {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String REVALIDATE = "no-cache";

    private static final byte[] NOT_FOUND = WebContent.utf8("<!DOCTYPE html>\n<html lang=\"sv\"><head><meta charset=\"utf-8\">"
            + "<title>Sidan finns inte – Följa</title></head><body><main><h1>Sidan finns inte</h1>"
            + "<p lang=\"en\">Page not found.</p><p><a href=\"/folja/\">Följa</a></p></main></body></html>\n");
    private static final byte[] NOT_ALLOWED = WebContent.utf8("<!DOCTYPE html>\n<html lang=\"sv\"><head><meta charset=\"utf-8\">"
            + "<title>Metoden stöds inte – Följa</title></head><body><main><h1>Metoden stöds inte</h1>"
            + "<p lang=\"en\">Method not allowed.</p></main></body></html>\n");

    private final WebContent content;
    private final PageGuard guard;

    /** @param guard who may open which page ({@link PageGuard}); checked before anything of a page is sent */
    WebResponder(WebContent content, PageGuard guard) {
        this.content = content;
        this.guard = guard;
    }

    /**
     * A request as far as this responder needs it.
     *
     * @param method the HTTP method
     * @param path the path below {@code /folja} (the servlet's path info), null for {@code /folja} itself
     * @param requestUri the whole path the client asked for, as sent, for redirects
     * @param query the query string, or null
     * @param ifNoneMatch the If-None-Match header, or null
     * @param acceptEncoding the Accept-Encoding header, or null
     * @param sessionCookie the value of the session cookie, or null; never logged
     */
    record Request(String method, String path, String requestUri, String query, String ifNoneMatch,
            String acceptEncoding, String sessionCookie) {

        @Override
        public String toString() {
            return "Request[" + method + " " + requestUri + "]";
        }
    }

    /** What to send: status, headers in order, body (empty for HEAD, 304 and redirects). */
    record Reply(int status, Map<String, String> headers, byte[] body) {
    }

    Reply respond(Request request) {
        boolean head = "HEAD".equals(request.method());
        if (!head && !"GET".equals(request.method())) {
            Map<String, String> headers = errorHeaders();
            headers.put("Allow", "GET, HEAD");
            return new Reply(405, headers, NOT_ALLOWED);
        }
        String path = request.path();
        if (path == null || path.isEmpty()) {
            return redirectToFolder(request);
        }
        String relative = path.substring(1);
        if (relative.isEmpty() || relative.endsWith("/")) {
            relative = relative + "index.html";
        }
        if (!WebContent.isPlainPath(relative)) {
            return notFound(head);
        }
        // the guard decides on the file the path resolved to (before any 304), so every spelling is guarded
        Optional<PageGuard.Page> page = PageGuard.page(relative);
        if (page.isPresent()) {
            Optional<Reply> refused = guard.check(page.get(), request.sessionCookie(), request.query(), head);
            if (refused.isPresent()) {
                return refused.get();
            }
        }
        Optional<Asset> file = content.file(relative);
        if (file.isEmpty()) {
            return content.isDirectory(relative) ? redirectToFolder(request) : notFound(head);
        }
        return serve(file.get(), request, head, page.isPresent());
    }

    private Reply serve(Asset asset, Request request, boolean head, boolean guarded) {
        boolean gzip = asset.gzipped() != null && acceptsGzip(request.acceptEncoding());
        String etag = gzip ? asset.gzipEtag() : asset.etag();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Cache-Control", asset.hashed() ? IMMUTABLE : REVALIDATE);
        headers.put("ETag", etag);
        if (asset.gzipped() != null) {
            headers.put("Vary", "Accept-Encoding");
        }
        if (!asset.isPage()) {
            // a host page on another origin loads the component as a module script, which is fetched with CORS
            // (without credentials); nothing served here is private
            headers.put("Access-Control-Allow-Origin", "*");
        }
        headers.put("X-Content-Type-Options", "nosniff");
        if (guarded) {
            PageGuard.addPageHeaders(headers);
        }
        if (matches(request.ifNoneMatch(), etag)) {
            return new Reply(304, headers, new byte[0]);
        }
        byte[] body = gzip ? asset.gzipped() : asset.bytes();
        headers.put("Content-Type", asset.contentType());
        if (gzip) {
            headers.put("Content-Encoding", "gzip");
        }
        headers.put("Content-Length", Integer.toString(body.length));
        return new Reply(200, headers, head ? new byte[0] : body);
    }

    private static Reply redirectToFolder(Request request) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Location", request.requestUri() + "/" + (request.query() == null ? "" : "?" + request.query()));
        headers.put("Cache-Control", REVALIDATE);
        return new Reply(301, headers, new byte[0]);
    }

    private static Reply notFound(boolean head) {
        return new Reply(404, errorHeaders(), head ? new byte[0] : NOT_FOUND);
    }

    private static Map<String, String> errorHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Cache-Control", "no-store");
        headers.put("Content-Type", "text/html;charset=utf-8");
        headers.put("X-Content-Type-Options", "nosniff");
        return headers;
    }

    /** If-None-Match compares weakly (RFC 9110 13.1.2): {@code W/"x"} matches {@code "x"}; {@code *} matches any. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*")) {
                return true;
            }
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals(etag)) {
                return true;
            }
        }
        return false;
    }

    /** @return whether Accept-Encoding names {@code gzip} (or {@code *}) with a quality above zero */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            String[] pieces = part.split(";");
            String coding = pieces[0].trim().toLowerCase(Locale.ROOT);
            if (!coding.equals("gzip") && !coding.equals("x-gzip") && !coding.equals("*")) {
                continue;
            }
            double quality = 1.0;
            for (int i = 1; i < pieces.length; i++) {
                String parameter = pieces[i].trim().toLowerCase(Locale.ROOT);
                if (parameter.startsWith("q=")) {
                    try {
                        quality = Double.parseDouble(parameter.substring(2));
                    } catch (NumberFormatException e) {
                        quality = 0;
                    }
                }
            }
            if (quality > 0) {
                return true;
            }
        }
        return false;
    }
}
