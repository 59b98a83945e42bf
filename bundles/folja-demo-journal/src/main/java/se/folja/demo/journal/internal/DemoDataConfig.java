package se.folja.demo.journal.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(
        name = "Följa demo municipality",
        description = "Loads a synthetic municipality shaped like Kalmar's follow-up into an empty Följa, once."
                + " Demo only.")
public @interface DemoDataConfig {

    @AttributeDefinition(name = "Enabled", description = "Whether the demo municipality is loaded (only into a"
            + " Följa without the unit BOSTOD_NORR).")
    boolean enabled() default true;
}
