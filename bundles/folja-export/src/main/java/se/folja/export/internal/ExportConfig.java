package se.folja.export.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the statistics exports, PID {@code se.folja.export}. */
@ObjectClassDefinition(
        name = "Följa statistics export",
        description = "Exports for statisticians: small cells suppressed, every export audited.")
public @interface ExportConfig {

    @AttributeDefinition(
            name = "Smallest count shown (k)",
            description = "Cells counting fewer than k individuals are suppressed, with complementary cells so that"
                    + " none can be recomputed from the totals (1-100; 1 suppresses nothing: only for the"
                    + " municipality's internal use).",
            min = "1", max = "100")
    int suppression_k() default 5;
}
