package se.folja.api.session;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The open browser sessions, as an OSGi service of the bundle that serves the login page. A session is opened
 * by logging in through the container's JAAS realm, closed by logging out, and ends by itself after the idle
 * time the host configures.
 */
@ProviderType
public interface BrowserSessions {

    /** The name of the session cookie (HttpOnly, SameSite=Strict, path {@code /folja}, Secure over HTTPS). */
    String COOKIE = "FOLJA_SESSION";

    /** The request header that must carry the session's CSRF token on every state-changing request. */
    String CSRF_HEADER = "X-CSRF-Token";

    /**
     * The open session a cookie value names; finding it counts as activity, so it moves the idle timeout on.
     *
     * @param cookieValue the value of the {@value #COOKIE} cookie, may be null or anything a browser sent
     * @return the session, or empty when there is none under that value or it has been idle too long
     */
    Optional<BrowserSession> find(String cookieValue);
}
