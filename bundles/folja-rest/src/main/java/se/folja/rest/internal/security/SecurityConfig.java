package se.folja.rest.internal.security;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Authentication of the REST API, PID {@code se.folja.security}. */
@ObjectClassDefinition(
        name = "Följa security",
        description = "How the Följa REST API authenticates callers (HTTP Basic against a Karaf JAAS realm).")
public @interface SecurityConfig {

    @AttributeDefinition(
            name = "JAAS realm",
            description = "The Karaf JAAS realm that checks user names and passwords and grants the roles"
                    + " folja-staff, folja-admin and folja-statistician. 'karaf' is the container's own realm;"
                    + " a host may point it at an LDAP-backed realm instead.")
    String realm() default "karaf";

    @AttributeDefinition(
            name = "Login cache (seconds)",
            description = "How long a successful login is remembered, so that the realm is not asked again for"
                    + " every request (only a salted hash of the password is kept). A changed password or role takes"
                    + " effect after this long. 0 asks the realm every time. 0-3600.",
            min = "0", max = "3600")
    int loginCacheSeconds() default 60;
}
