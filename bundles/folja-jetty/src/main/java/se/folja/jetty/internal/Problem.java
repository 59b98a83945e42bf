package se.folja.jetty.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.eclipse.jetty.http.HttpStatus;

/**
 * An RFC 9457 problem ({@code application/problem+json}) for an error Jetty answers itself, in the shape of
 * the REST API's problems ({@code urn:folja:problem:…}). Written by hand: Pax Web's Jetty bundle has no JSON
 * library, and every text here is fixed (nothing of the request is repeated).
 */
final class Problem {

    static final String MEDIA_TYPE = "application/problem+json";
    /** The paths whose errors are Följa's; other applications of a host keep Jetty's own answers. */
    static final String PATH = "/folja";
    /** The REST API's base path: a request there that no servlet context takes finds Följa not (yet) running. */
    static final String API = "/folja/api/v1";
    /** Seconds a client waits before it asks again, as the REST API's own 503 says. */
    static final String RETRY_AFTER_SECONDS = "5";

    private Problem() {
    }

    /** @return whether the request path is Följa's */
    static boolean isFoljas(String path) {
        return path != null && (path.equals(PATH) || path.startsWith(PATH + "/"));
    }

    /** @return whether the request path is the REST API's */
    static boolean isApi(String path) {
        return path != null && (path.equals(API) || path.startsWith(API + "/"));
    }

    /** @return the problem's JSON for an HTTP status */
    static byte[] json(int status) {
        return ("{\"type\":\"urn:folja:problem:" + type(status) + "\",\"title\":\"" + title(status)
                + "\",\"status\":" + status + ",\"detail\":\"" + detail(status) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
    }

    static String type(int status) {
        return switch (status) {
            case 500 -> "internal";
            case 503 -> "unavailable";
            default -> HttpStatus.getMessage(status).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                    .replaceAll("^-|-$", "");
        };
    }

    static String title(int status) {
        return switch (status) {
            case 400 -> "Bad request";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 500 -> "Internal error";
            case 503 -> "Service unavailable";
            default -> HttpStatus.getMessage(status);
        };
    }

    static String detail(int status) {
        return switch (status) {
            case 400 -> "The request is not valid HTTP (a control character or malformed escape in the path,"
                    + " or a malformed header); nothing was stored";
            case 404 -> "There is no such resource";
            case 405 -> "This resource does not support that method";
            case 413 -> "The request body is too large; nothing was stored";
            case 414 -> "The request's URI is too long; send long values in a request body";
            case 431 -> "The request's headers are too large";
            case 503 -> "Följa is not available at the moment; try again shortly";
            default -> status >= 500 ? "An unexpected error occurred; nothing of the request was stored"
                    : "The request was not understood; nothing was stored";
        };
    }
}
