package se.folja.jetty.internal;

import java.io.IOException;
import java.nio.ByteBuffer;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's server-wide error handler, answering with problem+json. A request Jetty cannot parse (a control
 * character in the path, a URI or headers too long) has no path to tell whose it is, so every such answer is
 * problem+json; an error on a parsed request outside {@code /folja} keeps Jetty's own page.
 */
public final class ProblemErrorHandler extends ErrorHandler {

    public ProblemErrorHandler() {
        setShowStacks(false);
        setShowServlet(false);
        setShowMessageInTitle(false);
    }

    /** The answer to a request that is not valid HTTP (400, 414, 431…), sent before any servlet runs. */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields fields) {
        if (HttpStatus.hasNoBody(status)) {
            return null;
        }
        fields.put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
        fields.put(HttpHeader.CACHE_CONTROL, "no-store");
        return ByteBuffer.wrap(Problem.json(status));
    }

    /**
     * An error page under {@code /folja}. A 404 for the API's path that no servlet context took means the API is
     * not there yet (Följa is being installed or started) or any more: that is 503 with {@code Retry-After}, as
     * Följa answers itself until its application is ready — never a 404 a client would take for the resource's.
     */
    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request,
            HttpServletResponse response, int code, String message) throws IOException {
        String path = baseRequest.getRequestURI();
        if (!Problem.isFoljas(path)) {
            super.generateAcceptableResponse(baseRequest, request, response, code, message);
            return;
        }
        if (code == HttpStatus.NOT_FOUND_404 && baseRequest.getContext() == null && Problem.isApi(path)) {
            response.setHeader(HttpHeader.RETRY_AFTER.asString(), Problem.RETRY_AFTER_SECONDS);
            write(response, HttpStatus.SERVICE_UNAVAILABLE_503);
            return;
        }
        write(response, code);
    }

    /** Writes the problem for {@code status} as the whole response. */
    static void write(HttpServletResponse response, int status) throws IOException {
        byte[] body = Problem.json(status);
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setHeader(HttpHeader.CACHE_CONTROL.asString(), "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
