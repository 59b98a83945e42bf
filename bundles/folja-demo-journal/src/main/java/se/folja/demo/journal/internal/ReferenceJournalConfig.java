package se.folja.demo.journal.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(
        name = "Följa reference journal (demo)",
        description = "A small journal that plays the host system in the demo and the tests. Never in production.")
public @interface ReferenceJournalConfig {

    @AttributeDefinition(name = "Available", description = "Whether the journal takes write-backs; false plays a"
            + " host that is down (Följa keeps the write-backs in its outbox and retries).")
    boolean available() default true;
}
