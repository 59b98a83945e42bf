package se.folja.rest.internal.security;

import java.security.Principal;
import java.util.Set;
import java.util.stream.Collectors;

import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;

/** A login through a Karaf JAAS realm: the API's HTTP Basic and the login page use the same one. */
final class JaasRealm {

    private JaasRealm() {
    }

    /**
     * @return the user name the realm knows the person by, and the roles it grants
     * @throws LoginException when the realm refuses the name and password (or is not there)
     */
    static LoginCache.Login login(String realm, String user, char[] password) throws LoginException {
        Subject subject = new Subject();
        new LoginContext(realm, subject, callbacks -> answer(callbacks, user, password)).login();
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
}
