package se.folja.reasons.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the reason catalogue, PID {@code se.folja.reasons}. */
@ObjectClassDefinition(
        name = "Följa reason catalogue and maintained lists",
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

    @AttributeDefinition(
            name = "Catalogue cache (seconds)",
            description = "How long the reasons, intervention types and units read from the database are kept in"
                    + " memory for dropdowns and registrations (0-3600; 0 reads the database every time). A change"
                    + " made on this node is seen at once; one made by another node sharing the database within"
                    + " this time.",
            min = "0", max = "3600")
    int cache_seconds() default 30;
}
