package se.folja.rest.internal.problem;

import java.io.IOException;
import java.io.UncheckedIOException;

import javax.ws.rs.core.HttpHeaders;

import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.osgi.service.component.annotations.Component;

import se.folja.rest.internal.FoljaApplication;
import se.folja.rest.internal.json.JsonProvider;

/**
 * Answers TRACE under {@code /folja} with a problem+json 405 before Jetty dispatches it. Pax Web refuses TRACE
 * itself (cross-site tracing) with {@code sendError(405)}, for which Jetty writes no body and no media type
 * (an error page is only written for GET, POST and HEAD). Pax Web applies every {@link HttpConfiguration.Customizer}
 * service to each request on its connectors, without restarting Jetty; a customizer that marks the request
 * handled has answered it.
 */
@Component(service = HttpConfiguration.Customizer.class)
public final class TraceRefusal implements HttpConfiguration.Customizer {

    static final String PATH = "/" + FoljaApplication.BASE.substring(0, FoljaApplication.BASE.indexOf('/'));

    @Override
    public void customize(Connector connector, HttpConfiguration configuration, Request request) {
        if (!HttpMethod.TRACE.is(request.getMethod()) || !isFoljas(request.getRequestURI())) {
            return;
        }
        Response response = request.getResponse();
        try {
            byte[] body = JsonProvider.MAPPER.writeValueAsBytes(Problems.METHOD_NOT_ALLOWED.body(
                    "This resource does not support that method", null));
            response.setStatus(Problems.METHOD_NOT_ALLOWED.status());
            response.setContentType(Problems.MEDIA_TYPE);
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            response.closeOutput();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        request.setHandled(true);
    }

    static boolean isFoljas(String path) {
        return path != null && (path.equals(PATH) || path.startsWith(PATH + "/"));
    }
}
