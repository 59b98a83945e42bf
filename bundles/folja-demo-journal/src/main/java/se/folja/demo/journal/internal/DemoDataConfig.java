package se.folja.demo.journal.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(
        name = "Följa demo municipality",
        description = "Loads a synthetic municipality shaped like Kalmar's follow-up, and follow-ups shaped like"
                + " Umeå's, Trosa's and äldreomsorg's, into Följa: what is missing, at every start. Demo only.")
public @interface DemoDataConfig {

    @AttributeDefinition(name = "Enabled", description = "Whether the demo municipality is loaded.")
    boolean enabled() default true;
}
