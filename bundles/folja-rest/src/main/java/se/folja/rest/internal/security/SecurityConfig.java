package se.folja.rest.internal.security;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Authentication of the REST API and the login page, PID {@code se.folja.security}. */
@ObjectClassDefinition(
        name = "Följa security",
        description = "How Följa authenticates callers: API clients with HTTP Basic, people on the login page"
                + " (/folja/login) with a session cookie, both against a Karaf JAAS realm; and which other origins"
                + " may call the API from a browser.")
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

    @AttributeDefinition(
            name = "Session idle time (minutes)",
            description = "A browser session opened on the login page ends after this many minutes without a"
                    + " request. 1-720.",
            min = "1", max = "720")
    int sessionIdleMinutes() default 30;

    @AttributeDefinition(
            name = "Session lifetime (hours)",
            description = "A browser session ends this many hours after its login however active it is, so that a"
                    + " changed password or role reaches every browser within that time. 1-24.",
            min = "1", max = "24")
    int sessionMaxHours() default 12;

    @AttributeDefinition(
            name = "Allowed origins",
            description = "Origins other than Följa's own whose pages may call the API from a browser, with the"
                    + " session cookie (CORS with credentials), e.g. https://journal.example.org. Scheme, host and"
                    + " optional port, no path. Empty: only pages of Följa's own origin. A state-changing request"
                    + " from any other origin is refused.")
    String[] allowedOrigins() default {};

    @AttributeDefinition(
            name = "Always a Secure cookie",
            description = "Mark the session cookie Secure even when the request reached Karaf over plain HTTP: set"
                    + " it when TLS ends at a proxy in front of Karaf. Over HTTPS to Karaf itself the cookie is"
                    + " always Secure.")
    boolean alwaysSecureCookie() default false;
}
