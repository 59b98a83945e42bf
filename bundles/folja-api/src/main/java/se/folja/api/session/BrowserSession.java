package se.folja.api.session;

import java.util.Objects;
import java.util.Set;

/**
 * One person's open session.
 *
 * @param user the user name the realm knows the person by
 * @param roles the roles the realm granted at login (for example {@code folja-staff}, {@code folja-unit-…})
 * @param csrfToken the token every state-changing request of this session must carry in
 *        {@value BrowserSessions#CSRF_HEADER}
 */
public record BrowserSession(String user, Set<String> roles, String csrfToken) {

    /** @throws NullPointerException when any part is null */
    public BrowserSession {
        Objects.requireNonNull(user, "user");
        roles = Set.copyOf(roles);
        Objects.requireNonNull(csrfToken, "csrfToken");
    }

    /** @return whether the realm granted the person {@code role} */
    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /**
     * Neither the token nor the user name (it may be a person's name): a session may be printed while debugging,
     * and neither may reach a log.
     */
    @Override
    public String toString() {
        return "BrowserSession[roles=" + roles + "]";
    }
}
