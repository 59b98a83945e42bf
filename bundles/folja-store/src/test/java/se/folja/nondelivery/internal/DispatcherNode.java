package se.folja.nondelivery.internal;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import se.folja.api.NotFoundException;
import se.folja.api.reasons.ReasonCatalogue;
import se.folja.journal.spi.JournalGateway;
import se.folja.store.spi.WriteBackStore;

/**
 * One Följa node's {@link WriteBackDispatcher} over a given store, for the store's tests of several nodes on one
 * database: the test runs its rounds ({@link #tick()}) itself, on the threads it chooses, at the time of the given
 * clock. Labels are the reason codes themselves (no catalogue).
 */
public final class DispatcherNode implements AutoCloseable {

    private final ScheduledExecutorService unused = Executors.newSingleThreadScheduledExecutor();
    private final WriteBackDispatcher dispatcher;

    /**
     * @param settings the configuration's attributes by method name, e.g. {@code batchSize}; the others take
     *     their defaults
     */
    public DispatcherNode(WriteBackStore outbox, JournalGateway gateway, Clock clock, Map<String, Object> settings) {
        dispatcher = new WriteBackDispatcher(outbox, noCatalogue(), config(settings), clock, unused);
        dispatcher.setGateway(gateway);
    }

    /** One round of this node: every write-back it may deliver now. */
    public void tick() {
        dispatcher.tick();
    }

    @Override
    public void close() {
        unused.shutdownNow();
    }

    private static ReasonCatalogue noCatalogue() {
        return (ReasonCatalogue) Proxy.newProxyInstance(DispatcherNode.class.getClassLoader(),
                new Class<?>[] {ReasonCatalogue.class}, (proxy, method, args) -> {
                    if (method.getName().equals("reason")) {
                        throw new NotFoundException("reason code", (String) args[0]);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static WriteBackConfig config(Map<String, Object> settings) {
        return (WriteBackConfig) Proxy.newProxyInstance(DispatcherNode.class.getClassLoader(),
                new Class<?>[] {WriteBackConfig.class}, (proxy, method, args) -> {
                    if (settings.containsKey(method.getName())) {
                        return settings.get(method.getName());
                    }
                    if (method.getDefaultValue() != null) {
                        return method.getDefaultValue();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
