package se.folja.followup.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * One enablement kept in Karaf's configuration, factory PID {@value ConfiguredEnablement#FACTORY_PID}: a file
 * {@code etc/se.folja.followup.enablement-<name>.cfg} is the configuration {@code se.folja.followup.enablement~<name>}.
 * Every value is text, read by {@link ConfiguredEnablement}: a number or a date that does not parse is refused
 * with a WARN naming the field, where a typed attribute would make the component fail to activate. The factory PID
 * comes from the component's {@code @Designate(factory = true)}: bnd refuses a second one given here
 * ({@code factoryPid}) as a duplicate.
 */
@ObjectClassDefinition(
        name = "Följa follow-up enablement",
        description = "Enables a follow-up template (uppföljningsmall) for a unit (enhet) for a period. Each"
                + " configuration is one enablement, stored and audited as one made through REST or the shell, and"
                + " changed only here; deleting the configuration disables it. A value Följa refuses is logged as a"
                + " WARN naming the field, and nothing changes.")
public @interface EnablementConfig {

    @AttributeDefinition(name = "Template", description = "The follow-up template's code, e.g. ORS (GET"
            + " /followup-templates lists them)")
    String template();

    @AttributeDefinition(name = "Version", description = "The template version to enable; empty or 0 for the latest"
            + " when the configuration is first applied (a later upload does not move it: name the version to move"
            + " it)", required = false)
    String version() default "";

    @AttributeDefinition(name = "Unit", description = "The unit's code, e.g. BOSTOD_NORR: an active unit of the"
            + " catalogue")
    String unit();

    @AttributeDefinition(name = "From", description = "The first day, yyyy-mm-dd; empty for the day the"
            + " configuration is first applied", required = false)
    String from() default "";

    @AttributeDefinition(name = "To", description = "The last day, yyyy-mm-dd, on or after the first; empty for"
            + " open-ended (tills vidare)", required = false)
    String to() default "";
}
