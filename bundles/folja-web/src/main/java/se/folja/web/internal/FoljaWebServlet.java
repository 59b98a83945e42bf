package se.folja.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;

import javax.servlet.Servlet;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.folja.api.session.BrowserSessions;

/**
 * Serves Följa's web files from this bundle's {@code web/} folder under {@code /folja/}, in the HTTP Whiteboard's
 * default context of the same Jetty as the API. The whiteboard's own resource mechanism cannot set Cache-Control,
 * so this servlet does ({@link WebResponder}). Longer patterns win over {@code /folja/*}: the REST application's
 * context at {@code /folja/api/v1} (and {@code folja-rest}'s 503 servlet there), the login and logout servlets.
 *
 * <p>The pages that need a role ({@link PageGuard}) look up the browser session in {@link BrowserSessions}, which
 * {@code folja-rest} provides. The reference is optional and dynamic: this bundle serves the component and Swagger
 * UI whether or not the login is there, follows folja-rest as it stops, starts or is updated without starting
 * again itself, and answers the guarded pages 503 while there are no sessions to look in.
 */
@Component(service = Servlet.class, property = {
    "osgi.http.whiteboard.servlet.pattern=" + FoljaWebServlet.PATTERN,
    "osgi.http.whiteboard.servlet.name=folja-web"})
public final class FoljaWebServlet extends HttpServlet {

    static final String PATTERN = "/folja/*";
    /** The bundle folder whose files are served. */
    static final String ROOT = "web";

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(FoljaWebServlet.class);

    private final transient WebResponder responder;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private transient volatile BrowserSessions sessions;

    @Activate
    public FoljaWebServlet(BundleContext context) {
        this(read(context.getBundle()));
    }

    FoljaWebServlet(WebContent content) {
        this.responder = new WebResponder(content, new PageGuard(() -> sessions));
        LOG.info("Serving {} web files under /folja/", content.paths().size());
    }

    void setSessions(BrowserSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        WebResponder.Reply reply = responder.respond(new WebResponder.Request(request.getMethod(),
                request.getPathInfo(), request.getRequestURI(), request.getQueryString(),
                request.getHeader("If-None-Match"), request.getHeader("Accept-Encoding"), sessionCookie(request)));
        response.setStatus(reply.status());
        reply.headers().forEach(response::setHeader);
        if (reply.body().length > 0) {
            response.getOutputStream().write(reply.body());
        }
    }

    /** @return the value of the first session cookie the request carries, or null */
    static String sessionCookie(HttpServletRequest request) {
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

    /** @return every file under the bundle's {@value #ROOT} folder, by its path below it */
    static WebContent read(Bundle bundle) {
        Map<String, byte[]> files = new HashMap<>();
        Enumeration<URL> entries = bundle.findEntries(ROOT, "*", true);
        while (entries != null && entries.hasMoreElements()) {
            URL entry = entries.nextElement();
            String path = entry.getPath();
            if (path.endsWith("/") || !path.startsWith("/" + ROOT + "/")) {
                continue; // a folder
            }
            String relative = path.substring(ROOT.length() + 2);
            try (InputStream in = entry.openStream()) {
                files.put(relative, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException("reading " + path + " from the bundle", e);
            }
        }
        return WebContent.of(files);
    }
}
