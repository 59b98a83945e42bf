package se.folja.rest.internal;

import javax.ws.rs.core.SecurityContext;

import se.folja.api.Actor;

/**
 * The JAAS roles Följa checks. A host grants them through its realm (properties file, LDAP groups…).
 */
final class Roles {
    /** Staff who document visits (<em>personal, utförare</em>). */
    static final String STAFF = "folja-staff";
    /** Administrators of the catalogue and templates (<em>systemförvaltare</em>). */
    static final String ADMIN = "folja-admin";
    /** Statisticians who read exports (<em>statistiker, uppföljare</em>). */
    static final String STATISTICIAN = "folja-statistician";

    private Roles() {
    }

    /** @return the authenticated caller as the actor of a change (the filter has set the principal) */
    static Actor actor(SecurityContext security) {
        return new Actor(security.getUserPrincipal().getName());
    }
}
