package se.folja.nondelivery.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.folja.api.NotFoundException;
import se.folja.api.nondelivery.WriteBack;
import se.folja.api.nondelivery.WriteBackAction;
import se.folja.api.reasons.ReasonCatalogue;
import se.folja.journal.spi.JournalGateway;
import se.folja.journal.spi.JournalUnavailableException;
import se.folja.journal.spi.UnknownEntryException;
import se.folja.store.spi.WriteBackStore;

/**
 * Delivers the outbox to the host's {@link JournalGateway}, one write-back at a time on its own thread. A
 * failure leaves the write-back pending with a pause that doubles up to a limit; an unknown entry rejects it.
 * Nothing is lost when Karaf or the host restarts: the outbox is read again.
 * <p>
 * Several nodes may share the database: each round claims its write-backs with a lease in this node's name
 * ({@link WriteBackStore#claim}), so that each is delivered by one node, and a journal entry's write-backs by one
 * node at a time. A claimed write-back whose lease has ended before its turn in the round is left alone: another
 * node may have claimed it since.
 */
@Component(immediate = true, configurationPid = "se.folja.nondelivery")
@Designate(ocd = WriteBackConfig.class)
public final class WriteBackDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(WriteBackDispatcher.class);

    private final WriteBackStore outbox;
    private final ReasonCatalogue reasons;
    private final Clock clock;
    private final WriteBackConfig config;
    private final ScheduledExecutorService executor;
    /** This node's name in the leases it takes, new each time the component starts. */
    private final String owner = "folja-" + UUID.randomUUID();
    /** Journal entries whose latest attempt failed: a success after failures is logged once. */
    private final Set<String> failing = ConcurrentHashMap.newKeySet();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile JournalGateway gateway;
    /** Set when the component stops: the round under way ends after its current write-back. */
    private volatile boolean stopping;

    @Activate
    public WriteBackDispatcher(@Reference WriteBackStore outbox, @Reference ReasonCatalogue reasons,
            WriteBackConfig config) {
        this(outbox, reasons, config, Clock.systemUTC(), Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "folja-write-back");
            thread.setDaemon(true);
            return thread;
        }));
        long interval = Math.max(50, config.pollIntervalMillis());
        executor.scheduleWithFixedDelay(this::tick, interval, interval, TimeUnit.MILLISECONDS);
    }

    WriteBackDispatcher(WriteBackStore outbox, ReasonCatalogue reasons, WriteBackConfig config, Clock clock,
            ScheduledExecutorService executor) {
        this.outbox = outbox;
        this.reasons = reasons;
        this.config = config;
        this.clock = clock;
        this.executor = executor;
    }

    void setGateway(JournalGateway gateway) {
        this.gateway = gateway;
    }

    /**
     * Stops the rounds and waits for the one under way, so that it ends before the store it writes to goes
     * away (the store is deactivated after this component, e.g. when Karaf stops or the datasource changes).
     */
    @Deactivate
    void deactivate() {
        // Never shutdownNow(): an interrupt reaching the round's thread inside H2 closes the database's file
        // (docs/stack-pitfalls.md). The round sees the flag between write-backs; shutdown() drops the next rounds.
        stopping = true;
        executor.shutdown();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("A write-back round did not end within 10 s of stopping; its write-back stays pending");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One round: every write-back that is due and that this node could claim, oldest first. Never throws. */
    void tick() {
        try {
            Instant now = clock.instant();
            Instant leaseUntil = now.plus(lease());
            List<WriteBack> claimed = outbox.claim(owner, now, leaseUntil, Math.max(1, config.batchSize()));
            for (int i = 0; i < claimed.size(); i++) {
                if (stopping) {
                    return;
                }
                if (!clock.instant().isBefore(leaseUntil)) {
                    LOG.warn("The lease of this round ended before {} of its write-backs were tried; they are"
                            + " claimed again", claimed.size() - i);
                    return;
                }
                deliver(claimed.get(i));
            }
        } catch (RuntimeException e) {
            LOG.warn("Reading the write-back outbox failed: {}; trying again next round", e.getClass().getSimpleName());
        }
    }

    private void deliver(WriteBack writeBack) {
        JournalGateway host = gateway;
        int attempts = writeBack.attempts() + 1;
        try {
            if (host == null) {
                throw new JournalUnavailableException("no journal gateway is registered");
            }
            if (writeBack.action() == WriteBackAction.SET_REASON) {
                host.setReason(writeBack.journalEntryId(), writeBack.reasonCode(), label(writeBack.reasonCode()));
            } else {
                host.clearReason(writeBack.journalEntryId());
            }
            outbox.delivered(writeBack.id(), clock.instant());
            if (failing.remove(writeBack.journalEntryId())) {
                LOG.info("Write-back {} to journal entry {} delivered after {} attempts", writeBack.id(),
                        writeBack.journalEntryId(), attempts);
            }
        } catch (UnknownEntryException e) {
            failing.remove(writeBack.journalEntryId());
            LOG.warn("Write-back {}: the journal has no entry {}; not tried again", writeBack.id(),
                    writeBack.journalEntryId());
            outbox.rejected(writeBack.id(), attempts, e.getClass().getSimpleName());
        } catch (JournalUnavailableException | RuntimeException e) {
            if (failing.add(writeBack.journalEntryId())) {
                LOG.warn("Write-back {} to journal entry {} failed ({}); retrying with growing pauses",
                        writeBack.id(), writeBack.journalEntryId(), e.getClass().getSimpleName());
            }
            outbox.retryLater(writeBack.id(), attempts, clock.instant().plus(pause(attempts)),
                    e.getClass().getSimpleName());
        }
    }

    /** The pause after the given number of failed attempts: the first retry pause, doubled each time, capped. */
    Duration pause(int failedAttempts) {
        long first = Math.max(10, config.firstRetryMillis());
        long max = Math.max(first, config.maxRetryMillis());
        int doublings = Math.min(Math.max(0, failedAttempts - 1), 40);
        long pause = first;
        for (int i = 0; i < doublings && pause < max; i++) {
            pause *= 2;
        }
        return Duration.ofMillis(Math.min(pause, max));
    }

    /** How long this node holds what it claims: {@link WriteBackConfig#leaseMillis}, at least one second. */
    Duration lease() {
        return Duration.ofMillis(Math.max(1000, config.leaseMillis()));
    }

    private String label(String code) {
        try {
            return reasons.reason(code).labelSv();
        } catch (NotFoundException e) {
            return code;
        }
    }
}
