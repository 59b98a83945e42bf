package se.folja.rest.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;

import se.folja.rest.internal.problem.Problems;

/**
 * Answers every request under {@code /folja/api/v1} with a 503 problem+json and {@code Retry-After} while the
 * REST application is not registered: when Karaf starts, while the features are installed, while the database
 * is not there yet or the application is being rebuilt. It lives in the HTTP Whiteboard's default context;
 * once the JAX-RS Whiteboard has registered {@link FoljaApplication}, the application's own context
 * ({@code /folja/api/v1}, the longer path) takes every such request and this servlet is never called.
 */
@Component(service = Servlet.class, property = {
    "osgi.http.whiteboard.servlet.pattern=/" + FoljaApplication.BASE + "/*",
    "osgi.http.whiteboard.servlet.name=folja-not-ready"})
public final class NotReadyServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Seconds a client should wait: the application usually comes within a few. */
    static final int RETRY_AFTER_SECONDS = 5;

    static final String BODY = "{\"type\":\"" + Problems.UNAVAILABLE.type() + "\",\"title\":\"Service unavailable\","
            + "\"status\":503,\"detail\":\"Följa is starting, or waiting for its database. Retry shortly.\"}";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        answer(response);
    }

    /** Writes the 503 answer into a response that is not committed yet. */
    static void answer(HttpServletResponse response) throws IOException {
        byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        response.setContentType(Problems.MEDIA_TYPE + ";charset=UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
