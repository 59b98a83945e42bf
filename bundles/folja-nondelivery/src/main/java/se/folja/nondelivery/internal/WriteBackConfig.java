package se.folja.nondelivery.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(
        name = "Följa write-back to the journal",
        description = "How the reasons registered in Följa are written back onto the host journal's entries,"
                + " from the outbox.")
public @interface WriteBackConfig {

    @AttributeDefinition(name = "Poll interval (ms)", description = "How often the outbox is read for write-backs"
            + " that are due. 50-60000.", min = "50", max = "60000")
    long pollIntervalMillis() default 1000;

    @AttributeDefinition(name = "Batch size", description = "The most write-backs delivered per poll. 1-1000.",
            min = "1", max = "1000")
    int batchSize() default 100;

    @AttributeDefinition(name = "First retry (ms)", description = "The pause after the first failed attempt; it"
            + " doubles with every further failure. 10-3600000.", min = "10", max = "3600000")
    long firstRetryMillis() default 1000;

    @AttributeDefinition(name = "Longest retry (ms)", description = "The longest pause between attempts while the"
            + " journal is unavailable. 10-86400000.", min = "10", max = "86400000")
    long maxRetryMillis() default 300_000;

    @AttributeDefinition(name = "Lease (ms)", description = "How long a node holds the write-backs it claimed from"
            + " the outbox while it delivers them: no other node sharing the database delivers a write-back of"
            + " the same journal entry meanwhile. A node that stops mid-round holds the ones it has not finished"
            + " this long, then another node (or the same, restarted) takes them. Must be longer than the journal's"
            + " slowest call. 1000-3600000.",
            min = "1000", max = "3600000")
    long leaseMillis() default 60_000;
}
