package se.folja.rest.internal.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.folja.rest.internal.FoljaApplication;
import se.folja.rest.internal.problem.Problems;

/**
 * Which browser pages may call the API, in the application's servlet context ({@code /folja/api/v1}), before
 * JAX-RS sees the request.
 *
 * <ul>
 * <li>A page of Följa's own origin needs nothing: no CORS headers are sent. Own means {@code Sec-Fetch-Site:
 * same-origin}, or an {@code Origin} equal to the request's {@code Host} (see {@link Origins}).</li>
 * <li>A page of an origin in {@code se.folja.security}'s {@code allowedOrigins} gets CORS with credentials:
 * {@code Access-Control-Allow-Origin} (that origin), {@code Access-Control-Allow-Credentials: true},
 * {@code Access-Control-Expose-Headers}; a preflight ({@code OPTIONS} with {@code Access-Control-Request-Method})
 * is answered here with 204, the methods and the request headers the API reads.</li>
 * <li>Any other origin gets no CORS header, its preflight a 403, and a state-changing request (any method but
 * GET, HEAD, OPTIONS) carrying its {@code Origin} (or {@code Origin: null} from anything but Följa's own pages, or
 * none but marked cross-site by {@code Sec-Fetch-Site}) a 403 problem+json whatever its credentials, Basic or
 * cookie. Clients that are no browser send no {@code Origin} and are not affected.</li>
 * </ul>
 * While any origin is allowed, every response says {@code Vary: Origin}, so that no cache hands an answer made for
 * one origin to another.
 */
@Component(service = Filter.class, configurationPid = "se.folja.security", property = {
    "osgi.http.whiteboard.filter.pattern=/*",
    "osgi.http.whiteboard.filter.name=folja-origins",
    "osgi.http.whiteboard.context.select=" + FoljaApplication.CONTEXT_SELECT})
public final class CorsFilter implements Filter {

    private static final Logger LOG = LoggerFactory.getLogger(CorsFilter.class);

    static final String ALLOW_METHODS = "GET, HEAD, POST, PUT, PATCH, DELETE";
    /** Every request header the API reads, besides those a browser may always send. */
    static final String ALLOW_HEADERS =
            "Authorization, Content-Type, If-Match, If-None-Match, X-CSRF-Token, Idempotency-Key, Accept-Language";
    static final String EXPOSE_HEADERS =
            "ETag, Location, Retry-After, Idempotent-Replayed, Content-Disposition, Content-Language";
    static final String MAX_AGE_SECONDS = "600";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final String REFUSED = "Requests that change something are accepted from Följa's own pages and from"
            + " the origins in se.folja.security allowedOrigins only";

    private volatile Origins origins;

    @Activate
    public CorsFilter(SecurityConfig config) {
        modified(config);
    }

    @Modified
    void modified(SecurityConfig config) {
        List<String> invalid = Origins.invalid(config.allowedOrigins());
        if (!invalid.isEmpty()) {
            LOG.warn("se.folja.security allowedOrigins: ignoring {} (not an origin such as https://journal.example.org)",
                    invalid);
        }
        this.origins = Origins.of(config.allowedOrigins());
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        if (answer(origins, request, response)) {
            chain.doFilter(request, response);
        }
    }

    /**
     * Sets the CORS headers the request's origin gets, or answers it.
     *
     * @return whether the request goes on to the API (false: answered here)
     */
    static boolean answer(Origins origins, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (!origins.allowed().isEmpty()) {
            response.addHeader("Vary", "Origin");
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            if (SAFE_METHODS.contains(request.getMethod()) || Origins.withoutOrigin(request.getHeader("Sec-Fetch-Site"))) {
                return true;
            }
            forbidden(response, REFUSED);
            return false;
        }
        String method = request.getMethod();
        boolean own = Origins.fromOwnPage(origin, request.getHeader("Host"), request.getHeader("Sec-Fetch-Site"));
        boolean allowed = !own && origins.isAllowed(origin);
        boolean preflight = "OPTIONS".equals(method) && request.getHeader("Access-Control-Request-Method") != null;
        if (allowed) {
            response.setHeader("Access-Control-Allow-Origin", origin);
            response.setHeader("Access-Control-Allow-Credentials", "true");
            if (preflight) {
                response.setHeader("Access-Control-Allow-Methods", ALLOW_METHODS);
                response.setHeader("Access-Control-Allow-Headers", ALLOW_HEADERS);
                response.setHeader("Access-Control-Max-Age", MAX_AGE_SECONDS);
                response.setHeader("Cache-Control", "no-store");
                response.setStatus(HttpServletResponse.SC_NO_CONTENT);
                return false;
            }
            response.setHeader("Access-Control-Expose-Headers", EXPOSE_HEADERS);
            return true;
        }
        if (own) {
            return true;
        }
        if (preflight || !SAFE_METHODS.contains(method)) {
            LOG.info("Refused a {} from an origin that is not allowed", preflight ? "preflight" : method);
            forbidden(response, REFUSED);
            return false;
        }
        return true;
    }

    private static void forbidden(HttpServletResponse response, String detail) throws IOException {
        byte[] body = ("{\"type\":\"" + Problems.FORBIDDEN.type() + "\",\"title\":\"Forbidden\",\"status\":403,"
                + "\"detail\":\"" + detail + "\"}").getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType(Problems.MEDIA_TYPE + ";charset=UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
