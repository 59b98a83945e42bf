package se.folja.rest.internal.security;

import java.security.Principal;
import java.util.Set;
import java.util.TreeSet;

import javax.ws.rs.core.SecurityContext;

import se.folja.api.Actor;

/**
 * The JAAS roles Följa checks, and unit membership. A host grants them through its realm (properties file,
 * LDAP groups mapped to roles…).
 *
 * <p>Unit membership: a login with the role {@code folja-unit-BOSTOD_NORR} belongs to the unit
 * {@code BOSTOD_NORR}; staff see and register only for their units. Administrators and statisticians reach
 * every unit; what they may do there is decided per resource method by its roles.
 */
public final class Roles {
    /** Staff who document visits (<em>personal, utförare</em>). */
    public static final String STAFF = "folja-staff";
    /** Administrators of the catalogue and templates (<em>systemförvaltare</em>). */
    public static final String ADMIN = "folja-admin";
    /** Statisticians who read exports (<em>statistiker, uppföljare</em>). */
    public static final String STATISTICIAN = "folja-statistician";
    /** The prefix of the roles that name a unit the login belongs to. */
    static final String UNIT_PREFIX = "folja-unit-";

    private Roles() {
    }

    /** @return the authenticated caller, with the units the login's roles name (the filter set the principal) */
    public static Actor actor(SecurityContext security) {
        Principal principal = security.getUserPrincipal();
        Set<String> roles = principal instanceof CallerPrincipal caller ? caller.roles() : Set.of();
        return actor(principal.getName(), roles);
    }

    /** @return the actor for a login name and its roles */
    static Actor actor(String name, Set<String> roles) {
        Set<String> units = new TreeSet<>();
        for (String role : roles) {
            if (role.startsWith(UNIT_PREFIX) && role.length() > UNIT_PREFIX.length()) {
                units.add(role.substring(UNIT_PREFIX.length()));
            }
        }
        boolean everyUnit = roles.contains(ADMIN) || roles.contains(STATISTICIAN);
        return new Actor(name, units, everyUnit);
    }

    /**
     * The principal the authentication filter sets: the login name and every role of the login, and the CSRF
     * token of the browser session the request came with (null for HTTP Basic).
     */
    record CallerPrincipal(String name, Set<String> roles, String csrfToken) implements Principal {
        CallerPrincipal {
            roles = Set.copyOf(roles);
        }

        CallerPrincipal(String name, Set<String> roles) {
            this(name, roles, null);
        }

        @Override
        public String getName() {
            return name;
        }

        /** The login name is personal data: not in {@code toString}. */
        @Override
        public String toString() {
            return "CallerPrincipal[" + roles.size() + " roles]";
        }
    }
}
