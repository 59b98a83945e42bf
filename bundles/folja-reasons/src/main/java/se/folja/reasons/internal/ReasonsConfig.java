package se.folja.reasons.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the reason catalogue, PID {@code se.folja.reasons}. */
@ObjectClassDefinition(
        name = "Följa reason catalogue",
        description = "Rules for the reasons staff choose from when a visit did not happen (Ej genomförda insatser).")
public @interface ReasonsConfig {

    @AttributeDefinition(
            name = "Longest label",
            description = "The longest Swedish or English label an administrator may give a reason, in characters"
                    + " (1-200). Keep labels short enough for a dropdown.",
            min = "1", max = "200")
    int label_maxLength() default 120;

    @AttributeDefinition(
            name = "Sort-order step",
            description = "How far after the current last reason a new reason without a sort order is placed.",
            min = "1", max = "1000")
    int sortOrder_step() default 10;
}
