package se.folja.shell.internal;

import java.security.AccessController;
import java.security.Principal;

import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.UserPrincipal;

import se.folja.api.Actor;

/** The user of the shell session, as Karaf's JAAS login set it, for the history of a change. */
final class ShellActor {

    static final String UNKNOWN = "karaf-shell";

    private ShellActor() {
    }

    @SuppressWarnings("removal")
    static Actor current() {
        Subject subject = Subject.getSubject(AccessController.getContext());
        if (subject != null) {
            for (Principal principal : subject.getPrincipals(UserPrincipal.class)) {
                return new Actor(principal.getName());
            }
        }
        return new Actor(UNKNOWN);
    }
}
