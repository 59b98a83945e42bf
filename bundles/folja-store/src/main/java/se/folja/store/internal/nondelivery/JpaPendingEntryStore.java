package se.folja.store.internal.nondelivery;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.folja.api.ConflictException;
import se.folja.api.Page;
import se.folja.api.UnitScope;
import se.folja.api.nondelivery.PendingEntry;
import se.folja.store.internal.Clients;
import se.folja.store.internal.CurrentSchema;
import se.folja.store.internal.JpaTransactions;
import se.folja.store.internal.Scopes;
import se.folja.store.internal.entity.ClientEntity;
import se.folja.store.internal.entity.PendingEntryEntity;
import se.folja.store.spi.PendingEntryStore;

/** Journal entries awaiting a reason, table {@code pending_entry}. */
@Component(service = PendingEntryStore.class)
public final class JpaPendingEntryStore implements PendingEntryStore {

    private final JpaTransactions tx;

    /**
     * @param schema referenced only so that this component starts after the schema migration
     */
    @Activate
    public JpaPendingEntryStore(
            @Reference(target = "(osgi.unit.name=folja)") JpaTemplate jpa,
            @Reference CurrentSchema schema) {
        this.tx = new JpaTransactions(jpa);
    }

    @Override
    public boolean record(PendingEntry entry) {
        String id = entry.journalEntryId();
        try {
            return tx.writeRetryingOnce("journal entry '" + id + "' is known already", em -> {
                boolean known = em.find(PendingEntryEntity.class, id) != null
                        || !em.createQuery("select n.id from NonDeliveryEntity n where n.journalEntryId = :entry",
                                Long.class).setParameter("entry", id).getResultList().isEmpty();
                if (known) {
                    return false;
                }
                ClientEntity client = entry.client() == null ? null : Clients.findOrCreate(em, entry.client());
                em.persist(PendingEntryEntity.of(entry, client));
                em.flush();
                return true;
            });
        } catch (ConflictException sameEntryTwiceAtOnce) {
            return false;
        }
    }

    @Override
    public Optional<PendingEntry> find(String journalEntryId) {
        return tx.read(em -> Optional.ofNullable(em.find(PendingEntryEntity.class, journalEntryId))
                .map(PendingEntryEntity::toRecord));
    }

    @Override
    public Page<PendingEntry> awaiting(UnitScope scope, int offset, int limit) {
        List<String> units = Scopes.codes(scope);
        return tx.read(em -> {
            // An entry registered while its event was being recorded has no resolvedAt: the registration decides.
            String where = " where p.resolvedAt is null and not exists (select n.id from NonDeliveryEntity n"
                    + " where n.journalEntryId = p.journalEntryId)" + (units.isEmpty() ? "" : " and p.unit in :units");
            TypedQuery<Long> count = em.createQuery("select count(p) from PendingEntryEntity p" + where, Long.class);
            TypedQuery<PendingEntryEntity> page = em.createQuery("select p from PendingEntryEntity p" + where
                    + " order by case when p.plannedStart is null then 1 else 0 end, p.plannedStart, p.receivedAt,"
                    + " p.journalEntryId", PendingEntryEntity.class);
            if (!units.isEmpty()) {
                count.setParameter("units", units);
                page.setParameter("units", units);
            }
            long total = count.getSingleResult();
            List<PendingEntry> items = total == 0 ? List.of()
                    : page.setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                            .map(PendingEntryEntity::toRecord).toList();
            return new Page<>(items, total, offset, limit);
        });
    }
}
