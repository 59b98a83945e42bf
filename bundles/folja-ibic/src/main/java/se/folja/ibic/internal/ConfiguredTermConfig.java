package se.folja.ibic.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** One term mapping kept in Karaf's configuration, factory PID {@code se.folja.ibic.term}. */
@ObjectClassDefinition(
        name = "Följa IBIC term mapping",
        description = "Maps a local term (an intervention type's code or a local need label) to an ICF code or a"
                + " life area. Each configuration is one term; every change makes a new mapping version. Deleting"
                + " the configuration removes the mapping.")
public @interface ConfiguredTermConfig {

    @AttributeDefinition(name = "Kind", description = "INTERVENTION_TYPE or NEED_LABEL")
    String kind() default "NEED_LABEL";

    @AttributeDefinition(name = "Term", description = "The intervention type's code, or the need label as staff write"
            + " it (1-100 characters)")
    String term();

    @AttributeDefinition(name = "ICF code", description = "An ICF code, e.g. d640; leave empty to give a life area",
            required = false)
    String icf() default "";

    @AttributeDefinition(name = "Life area", description = "A life area's code, e.g. TRYGGHET, when the term has no"
            + " ICF code", required = false)
    String lifeArea() default "";
}
