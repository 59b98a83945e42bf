package se.folja.rest.internal;

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
}
