package se.folja.nondelivery.internal;

import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.folja.api.Actor;
import se.folja.api.Page;
import se.folja.api.nondelivery.PendingEntries;
import se.folja.api.nondelivery.PendingEntry;
import se.folja.store.spi.PendingEntryStore;

/** The journal entries awaiting a reason, in the units the user reaches. */
@Component(service = PendingEntries.class)
public final class PendingEntryService implements PendingEntries {

    private final PendingEntryStore store;

    @Activate
    public PendingEntryService(@Reference PendingEntryStore store) {
        this.store = store;
    }

    @Override
    public Page<PendingEntry> awaiting(Set<String> units, int offset, int limit, Actor actor) {
        return Scope.search(actor, units, null, null, offset, limit, scope -> store.awaiting(scope, offset, limit));
    }
}
