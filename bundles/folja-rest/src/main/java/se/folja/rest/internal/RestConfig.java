package se.folja.rest.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The REST API's behaviour, PID {@code se.folja.rest}. */
@ObjectClassDefinition(
        name = "Följa REST API",
        description = "Behaviour of the Följa REST API under /folja/api/v1.")
public @interface RestConfig {

    @AttributeDefinition(
            name = "Dropdown cache time",
            description = "Seconds a host page may reuse the reason dropdown (GET /reason-codes) before it"
                    + " asks again; it then revalidates with its ETag and gets 304 if nothing changed.",
            min = "0", max = "86400")
    int dropdown_maxAgeSeconds() default 60;
}
