package se.folja.shell.internal;

import java.security.AccessController;
import java.security.Principal;
import java.util.Set;

import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.UserPrincipal;

import se.folja.api.Actor;

/** The user of the shell session, as Karaf's JAAS login set it, for the history of a change. */
final class ShellActor {

    static final String UNKNOWN = "karaf-shell";

    private ShellActor() {
    }

    static Actor current() {
        return new Actor(userName());
    }

    /**
     * The shell's user as an administrator, who reaches every unit: whoever has Karaf's console runs the container
     * (installs bundles, reads the configuration and the database), so a unit check would protect nothing.
     */
    static Actor administrator() {
        return new Actor(userName(), Set.of(), true);
    }

    @SuppressWarnings("removal")
    private static String userName() {
        Subject subject = Subject.getSubject(AccessController.getContext());
        if (subject != null) {
            for (Principal principal : subject.getPrincipals(UserPrincipal.class)) {
                return principal.getName();
            }
        }
        return UNKNOWN;
    }
}
