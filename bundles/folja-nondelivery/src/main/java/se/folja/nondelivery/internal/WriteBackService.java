package se.folja.nondelivery.internal;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.folja.api.Actor;
import se.folja.api.NotFoundException;
import se.folja.api.Page;
import se.folja.api.nondelivery.NonDelivery;
import se.folja.api.nondelivery.NonDeliveryQuery;
import se.folja.api.nondelivery.WriteBack;
import se.folja.api.nondelivery.WriteBackState;
import se.folja.api.nondelivery.WriteBacks;
import se.folja.store.spi.NonDeliveryStore;
import se.folja.store.spi.WriteBackStore;

/** Where the write-backs to the host journal are. */
@Component(service = WriteBacks.class)
public final class WriteBackService implements WriteBacks {

    private final WriteBackStore outbox;
    private final NonDeliveryStore nonDeliveries;

    @Activate
    public WriteBackService(@Reference WriteBackStore outbox, @Reference NonDeliveryStore nonDeliveries) {
        this.outbox = outbox;
        this.nonDeliveries = nonDeliveries;
    }

    @Override
    public List<WriteBack> forNonDelivery(long nonDeliveryId, Actor actor) {
        NonDelivery registration = nonDeliveries.find(nonDeliveryId)
                .orElseThrow(() -> new NotFoundException("registration", Long.toString(nonDeliveryId)));
        actor.requireUnit(registration.unit());
        return outbox.forNonDelivery(nonDeliveryId);
    }

    @Override
    public Page<WriteBack> list(WriteBackState state, int offset, int limit) {
        Scope.page(offset, limit, NonDeliveryQuery.MAX_LIMIT);
        return outbox.list(state, offset, limit);
    }
}
