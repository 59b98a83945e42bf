package se.folja.export.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
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

    @AttributeDefinition(
            name = "Pseudonym key",
            description = "The secret that turns a client into the same pseudonym in every export (HMAC-SHA-256),"
                    + " at least 32 characters; keep it out of the exports' reach, e.g. ${env:FOLJA_PSEUDONYM_KEY}."
                    + " A new key gives every client a new pseudonym. Without one, record exports are refused.",
            type = AttributeType.PASSWORD, required = false)
    String pseudonym_key() default "";

    @AttributeDefinition(
            name = "Pseudonym key id",
            description = "A name for the key, written into every record export so that exports made with the same"
                    + " key can be joined (never the key itself), e.g. 2026-1.",
            required = false)
    String pseudonym_keyId() default "1";
}
