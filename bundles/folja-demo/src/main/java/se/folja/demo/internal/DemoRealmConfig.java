package se.folja.demo.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The demo realm, PID {@code se.folja.demo.realm}. */
@ObjectClassDefinition(
        name = "Följa demo realm",
        description = "Adds the demo users of etc/folja-demo-users.properties to a JAAS realm. Demo only.")
public @interface DemoRealmConfig {

    @AttributeDefinition(
            name = "Realm",
            description = "The realm the demo users join; must equal se.folja.security's realm.")
    String realm() default "karaf";

    @AttributeDefinition(
            name = "Rank",
            description = "Rank above the container's own realm of the same name (which has rank 0).")
    int rank() default 10;

    @AttributeDefinition(
            name = "Demo users file",
            description = "Properties file of demo users: name = password,role,... (relative to karaf.etc).")
    String usersFile() default "folja-demo-users.properties";
}
