package se.folja.rest.internal.security;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import javax.annotation.Priority;
import javax.annotation.security.RolesAllowed;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.folja.rest.internal.FoljaApplication;
import se.folja.rest.internal.problem.ProblemException;
import se.folja.rest.internal.problem.Problems;

/**
 * HTTP Basic authentication against a Karaf JAAS realm, then the role check: a resource method is
 * reachable only by the roles its {@code @RolesAllowed} names (on the method, else on its class); a
 * method that names none is closed to everyone. No credentials or wrong ones give 401, a missing role 403.
 */
@Component(service = ContainerRequestFilter.class, configurationPid = "se.folja.security")
@Designate(ocd = SecurityConfig.class)
@JaxrsExtension
@JaxrsApplicationSelect(FoljaApplication.SELECT)
@Priority(Priorities.AUTHENTICATION)
public final class JaasAuthenticationFilter implements ContainerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(JaasAuthenticationFilter.class);
    static final String CHALLENGE = "Basic realm=\"Folja\", charset=\"UTF-8\"";

    @Context
    private ResourceInfo resourceInfo;

    private volatile String realm;
    private volatile LoginCache cache;

    @Activate
    public JaasAuthenticationFilter(SecurityConfig config) {
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
            Caller caller = authenticate(request.getHeaderString(HttpHeaders.AUTHORIZATION));
            request.setSecurityContext(caller.securityContext(request.getSecurityContext().isSecure()));
            Set<String> allowed = allowedRoles();
            if (allowed.stream().noneMatch(caller.roles()::contains)) {
                throw new ProblemException(Problems.FORBIDDEN.response(allowed.isEmpty()
                        ? "This resource is closed"
                        : "This resource requires one of the roles " + String.join(", ", new TreeSet<>(allowed))));
            }
        } catch (ProblemException e) {
            request.abortWith(e.response());
        }
    }

    private Caller authenticate(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
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
            return new Caller(remembered.name(), remembered.roles());
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private LoginCache.Login login(String user, char[] password) {
        Subject subject = new Subject();
        try {
            LoginContext login = new LoginContext(realm, subject, callbacks -> answer(callbacks, user, password));
            login.login();
        } catch (LoginException e) {
            // The user name may be a person's name: it is not logged.
            LOG.debug("Login to realm {} failed: {}", realm, e.getClass().getSimpleName());
            throw unauthorized("Wrong user name or password");
        }
        String name = subject.getPrincipals(UserPrincipal.class).stream().map(Principal::getName)
                .findFirst().orElse(user);
        Set<String> roles = subject.getPrincipals(RolePrincipal.class).stream().map(Principal::getName)
                .collect(Collectors.toUnmodifiableSet());
        return new LoginCache.Login(name, roles);
    }

    private static void answer(Callback[] callbacks, String user, char[] password)
            throws UnsupportedCallbackException {
        for (Callback callback : callbacks) {
            if (callback instanceof NameCallback name) {
                name.setName(user);
            } else if (callback instanceof PasswordCallback pass) {
                pass.setPassword(password);
            } else {
                throw new UnsupportedCallbackException(callback);
            }
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

    /** The authenticated caller. */
    record Caller(String name, Set<String> roles) {
        SecurityContext securityContext(boolean secure) {
            Principal principal = new Roles.CallerPrincipal(name, roles);
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
                    return SecurityContext.BASIC_AUTH;
                }
            };
        }
    }
}
