package se.folja.store.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.folja.api.NotFoundException;
import se.folja.api.Page;
import se.folja.api.nondelivery.WriteBack;
import se.folja.api.nondelivery.WriteBackState;
import se.folja.api.store.WriteBackStore;
import se.folja.store.internal.entity.OutboxEntity;

/** The outbox of write-backs, table {@code journal_outbox}. */
@Component(service = WriteBackStore.class)
public final class JpaWriteBackStore implements WriteBackStore {

    private static final String PENDING = WriteBackState.PENDING.name();

    private final JpaTransactions tx;

    /**
     * @param schema referenced only so that this component starts after the schema migration
     */
    @Activate
    public JpaWriteBackStore(
            @Reference(target = "(osgi.unit.name=folja)") JpaTemplate jpa,
            @Reference SchemaMigration schema) {
        this.tx = new JpaTransactions(jpa);
    }

    @Override
    public List<WriteBack> due(Instant now, int limit) {
        return tx.read(em -> {
            // The newest pending row of each journal entry supersedes its older ones.
            List<OutboxEntity> rows = em.createQuery("select o from OutboxEntity o where o.state = :pending"
                            + " and o.nextAttemptAt <= :now and not exists (select 1 from OutboxEntity later"
                            + " where later.journalEntryId = o.journalEntryId and later.state = :pending"
                            + " and later.id > o.id) order by o.id", OutboxEntity.class)
                    .setParameter("pending", PENDING).setParameter("now", now.toEpochMilli())
                    .setMaxResults(limit).getResultList();
            return rows.stream().map(OutboxEntity::toRecord).toList();
        });
    }

    @Override
    public void delivered(long id, Instant at) {
        tx.write("write-back " + id + " changed meanwhile", em -> {
            OutboxEntity row = row(em, id);
            row.delivered(at);
            for (OutboxEntity older : em.createQuery("select o from OutboxEntity o where o.journalEntryId = :entry"
                            + " and o.state = :pending and o.id < :id", OutboxEntity.class)
                    .setParameter("entry", row.journalEntryId()).setParameter("pending", PENDING)
                    .setParameter("id", id).getResultList()) {
                older.superseded(at);
            }
            em.flush();
            return null;
        });
    }

    @Override
    public void retryLater(long id, int attempts, Instant nextAttemptAt, String errorType) {
        tx.write("write-back " + id + " changed meanwhile", em -> {
            row(em, id).retryLater(attempts, nextAttemptAt, errorType);
            em.flush();
            return null;
        });
    }

    @Override
    public void rejected(long id, int attempts, String errorType) {
        tx.write("write-back " + id + " changed meanwhile", em -> {
            row(em, id).rejected(attempts, errorType);
            em.flush();
            return null;
        });
    }

    @Override
    public List<WriteBack> forNonDelivery(long nonDeliveryId) {
        return tx.read(em -> em.createQuery("select o from OutboxEntity o where o.nonDeliveryId = :id order by o.id",
                        OutboxEntity.class)
                .setParameter("id", nonDeliveryId).getResultList().stream().map(OutboxEntity::toRecord).toList());
    }

    @Override
    public Page<WriteBack> list(WriteBackState state, int offset, int limit) {
        return tx.read(em -> {
            Map<String, Object> parameters = new LinkedHashMap<>();
            String where = "";
            if (state != null) {
                where = " where o.state = :state";
                parameters.put("state", state.name());
            }
            TypedQuery<Long> count = em.createQuery("select count(o) from OutboxEntity o" + where, Long.class);
            TypedQuery<OutboxEntity> page = em.createQuery("select o from OutboxEntity o" + where
                    + " order by o.id desc", OutboxEntity.class);
            parameters.forEach((k, v) -> {
                count.setParameter(k, v);
                page.setParameter(k, v);
            });
            long total = count.getSingleResult();
            List<WriteBack> items = total == 0 ? List.of()
                    : page.setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                            .map(OutboxEntity::toRecord).toList();
            return new Page<>(items, total, offset, limit);
        });
    }

    private static OutboxEntity row(javax.persistence.EntityManager em, long id) {
        OutboxEntity row = em.find(OutboxEntity.class, id);
        if (row == null) {
            throw new NotFoundException("write-back", Long.toString(id));
        }
        return row;
    }
}
