package se.folja.rest.internal.security;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Principal;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;
import java.util.TreeSet;

import javax.annotation.Priority;
import javax.annotation.security.RolesAllowed;
import javax.security.auth.login.LoginException;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Cookie;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.folja.api.session.BrowserSession;
import se.folja.api.session.BrowserSessions;
import se.folja.rest.internal.FoljaApplication;
import se.folja.rest.internal.problem.ProblemException;
import se.folja.rest.internal.problem.Problems;

/**
 * Authentication against a Karaf JAAS realm, then the role check: a resource method is reachable only by the roles
 * its {@code @RolesAllowed} names (on the method, else on its class); a method that names none is closed to
 * everyone. No credentials or wrong ones give 401, a missing role 403.
 *
 * <p>A request proves who it is in one of two ways. With an {@code Authorization: Basic} header (API clients),
 * checked by the realm (remembered for a short while, {@link LoginCache}); a 401 then carries the Basic challenge.
 * Or, without an Authorization header, with the session cookie {@value BrowserSessions#COOKIE} a person got on
 * the login page ({@link LoginServlet}): the session's user and roles. A state-changing request (any method but
 * GET, HEAD and OPTIONS) with the cookie must carry the session's CSRF token in {@value BrowserSessions#CSRF_HEADER}
 * (never in the URL), else 403. A 401 carries the Basic challenge only for API clients and URLs opened in the
 * browser: not when the request came with the cookie (its session has ended) nor from a page's script
 * ({@code Sec-Fetch-Mode} other than {@code navigate}, for instance after logging out), so that the browser opens
 * no password dialog of its own over a page.
 */
@Component(service = ContainerRequestFilter.class, configurationPid = "se.folja.security")
@Designate(ocd = SecurityConfig.class)
@JaxrsExtension
@JaxrsApplicationSelect(FoljaApplication.SELECT)
@Priority(Priorities.AUTHENTICATION)
public final class JaasAuthenticationFilter implements ContainerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(JaasAuthenticationFilter.class);
    static final String CHALLENGE = "Basic realm=\"Folja\", charset=\"UTF-8\"";
    /** The authentication scheme of a request made with the session cookie. */
    static final String SESSION_AUTH = "SESSION";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    static final String FETCH_MODE = "Sec-Fetch-Mode";

    @Context
    private ResourceInfo resourceInfo;

    private final BrowserSessions sessions;
    private volatile String realm;
    private volatile LoginCache cache;

    @Activate
    public JaasAuthenticationFilter(SecurityConfig config,
            @Reference(target = "(component.name=se.folja.rest.internal.security.SessionStore)")
            BrowserSessions sessions) {
        this.sessions = sessions;
        modified(config);
    }

    @Modified
    void modified(SecurityConfig config) {
        this.realm = config.realm();
        this.cache = new LoginCache(Duration.ofSeconds(Math.max(0, Math.min(3600, config.loginCacheSeconds()))));
    }

    @Override
    public void filter(ContainerRequestContext request) {
        try {
            Caller caller = authenticate(request);
            request.setSecurityContext(caller.securityContext(request.getSecurityContext().isSecure()));
            Set<String> allowed = allowedRoles();
            if (allowed.stream().noneMatch(caller.roles()::contains)) {
                throw new ProblemException(Problems.FORBIDDEN.response(allowed.isEmpty()
                        ? "This resource is closed"
                        : "This resource requires one of the roles " + String.join(", ", new TreeSet<>(allowed))));
            }
        } catch (ProblemException e) {
            Response response = e.response();
            if (response.getStatus() == 401 && !wantsChallenge(request.getHeaderString(FETCH_MODE))) {
                response = Response.fromResponse(response).header(HttpHeaders.WWW_AUTHENTICATE, null).build();
            }
            request.abortWith(response);
        }
    }

    /**
     * @param fetchMode the request's {@code Sec-Fetch-Mode}: a browser sends it with every request, {@code navigate}
     *        when the person opened the URL, something else for a page's script ({@code fetch}, XMLHttpRequest)
     * @return whether a 401 carries the Basic challenge: not for a page's script, for which the browser would open
     *         its own password dialog over the page; yes for API clients (no such header) and a URL opened in the
     *         browser
     */
    static boolean wantsChallenge(String fetchMode) {
        return fetchMode == null || fetchMode.equalsIgnoreCase("navigate");
    }

    private Caller authenticate(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization != null) {
            return authenticateBasic(authorization);
        }
        Cookie cookie = request.getCookies().get(BrowserSessions.COOKIE);
        if (cookie == null) {
            throw unauthorized("Send HTTP Basic credentials");
        }
        return authenticateSession(cookie.getValue(), request.getMethod(),
                request.getHeaderString(BrowserSessions.CSRF_HEADER));
    }

    /** The caller a session cookie names; for a state-changing method only with the session's CSRF token. */
    Caller authenticateSession(String cookieValue, String method, String csrfToken) {
        BrowserSession session = sessions.find(cookieValue).orElseThrow(() -> new ProblemException(
                Problems.UNAUTHORIZED.response("The session has ended or is unknown: log in again at /folja/login")));
        if (!SAFE_METHODS.contains(method) && !sameToken(csrfToken, session.csrfToken())) {
            throw new ProblemException(Problems.FORBIDDEN.response("A request that changes something with the session"
                    + " cookie must carry the session's CSRF token in the header " + BrowserSessions.CSRF_HEADER
                    + " (GET /session gives it)"));
        }
        return new Caller(session.user(), session.roles(), session.csrfToken());
    }

    static boolean sameToken(String sent, String expected) {
        return sent != null && MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }

    private Caller authenticateBasic(String authorization) {
        if (!authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            throw unauthorized("Send HTTP Basic credentials");
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw unauthorized("The Authorization header is not valid Basic credentials");
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            throw unauthorized("The Authorization header is not valid Basic credentials");
        }
        String user = decoded.substring(0, colon);
        char[] password = decoded.substring(colon + 1).toCharArray();
        LoginCache logins = cache;
        try {
            LoginCache.Login remembered = logins.find(user, password);
            if (remembered == null) {
                remembered = login(user, password);
                logins.remember(user, password, remembered);
            }
            return new Caller(remembered.name(), remembered.roles(), null);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private LoginCache.Login login(String user, char[] password) {
        try {
            return JaasRealm.login(realm, user, password);
        } catch (LoginException e) {
            // The user name may be a person's name: it is not logged.
            LOG.debug("Login to realm {} failed: {}", realm, e.getClass().getSimpleName());
            throw unauthorized("Wrong user name or password");
        }
    }

    private Set<String> allowedRoles() {
        Method method = resourceInfo == null ? null : resourceInfo.getResourceMethod();
        if (method == null) {
            return Set.of();
        }
        RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
        if (roles == null) {
            roles = resourceInfo.getResourceClass().getAnnotation(RolesAllowed.class);
        }
        return roles == null ? Set.of() : Set.of(roles.value());
    }

    private static ProblemException unauthorized(String detail) {
        return new ProblemException(Response.fromResponse(Problems.UNAUTHORIZED.response(detail))
                .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE).build());
    }

    /** The authenticated caller; {@code csrfToken} is the session's, null for HTTP Basic. */
    record Caller(String name, Set<String> roles, String csrfToken) {
        SecurityContext securityContext(boolean secure) {
            Principal principal = new Roles.CallerPrincipal(name, roles, csrfToken);
            String scheme = csrfToken == null ? SecurityContext.BASIC_AUTH : SESSION_AUTH;
            return new SecurityContext() {
                @Override
                public Principal getUserPrincipal() {
                    return principal;
                }

                @Override
                public boolean isUserInRole(String role) {
                    return roles.contains(role);
                }

                @Override
                public boolean isSecure() {
                    return secure;
                }

                @Override
                public String getAuthenticationScheme() {
                    return scheme;
                }
            };
        }

        @Override
        public String toString() {
            return "Caller[" + roles.size() + " roles]";
        }
    }
}
