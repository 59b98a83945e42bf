package se.folja.store.internal.nondelivery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.Query;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.folja.api.NotFoundException;
import se.folja.api.Page;
import se.folja.api.nondelivery.WriteBack;
import se.folja.api.nondelivery.WriteBackState;
import se.folja.store.internal.CurrentSchema;
import se.folja.store.internal.JpaTransactions;
import se.folja.store.internal.entity.OutboxEntity;
import se.folja.store.spi.WriteBackStore;

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
            @Reference CurrentSchema schema) {
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

    /**
     * Claims in one transaction, in three statements: the candidates (the newest pending row of each entry, due,
     * of entries with no live lease); then every pending row of the candidates' entries, locked {@code FOR UPDATE
     * SKIP LOCKED}, so that a concurrent claim never waits and never gets the rows this one holds; then, read
     * after the locks were taken, the pending rows and live leases of each entry as committed by then. An entry
     * is claimed only if this transaction locked all its pending rows and none has a live lease: a row it could
     * not lock is held by a concurrent claim (or outcome), and a lease committed meanwhile is seen by the third
     * statement. Only the entry's newest row is leased; the live lease keeps the entry's other rows, also those
     * written later, from every other claim until it ends.
     */
    @Override
    public List<WriteBack> claim(String owner, Instant now, Instant leaseUntil, int limit) {
        long at = now.toEpochMilli();
        return tx.write("the write-back outbox changed meanwhile", em -> {
            List<OutboxEntity> candidates = em.createQuery("select o from OutboxEntity o where o.state = :pending"
                            + " and o.nextAttemptAt <= :now and not exists (select 1 from OutboxEntity later"
                            + " where later.journalEntryId = o.journalEntryId and later.state = :pending"
                            + " and later.id > o.id) and not exists (select 1 from OutboxEntity held"
                            + " where held.journalEntryId = o.journalEntryId and held.state = :pending"
                            + " and held.leaseUntil > :now) order by o.id", OutboxEntity.class)
                    .setParameter("pending", PENDING).setParameter("now", at)
                    .setMaxResults(limit).getResultList();
            if (candidates.isEmpty()) {
                return List.of();
            }
            List<String> entries = candidates.stream().map(OutboxEntity::journalEntryId).distinct().toList();
            String in = String.join(", ", Collections.nCopies(entries.size(), "?"));

            Query lock = em.createNativeQuery("SELECT id, journal_entry_id FROM journal_outbox WHERE state = 'PENDING'"
                    + " AND journal_entry_id IN (" + in + ") FOR UPDATE SKIP LOCKED");
            Map<String, List<Long>> locked = new HashMap<>();
            for (Object row : bind(lock, 1, entries).getResultList()) {
                Object[] columns = (Object[]) row;
                locked.computeIfAbsent((String) columns[1], e -> new ArrayList<>())
                        .add(((Number) columns[0]).longValue());
            }

            Query state = em.createNativeQuery("SELECT journal_entry_id, COUNT(*),"
                    + " SUM(CASE WHEN lease_until > ? THEN 1 ELSE 0 END) FROM journal_outbox"
                    + " WHERE state = 'PENDING' AND journal_entry_id IN (" + in + ") GROUP BY journal_entry_id");
            state.setParameter(1, at);
            Set<String> free = new HashSet<>();
            for (Object row : bind(state, 2, entries).getResultList()) {
                Object[] columns = (Object[]) row;
                String entry = (String) columns[0];
                List<Long> mine = locked.getOrDefault(entry, List.of());
                if (((Number) columns[1]).longValue() == mine.size() && ((Number) columns[2]).longValue() == 0) {
                    free.add(entry);
                }
            }

            List<WriteBack> claimed = new ArrayList<>();
            for (OutboxEntity candidate : candidates) {
                String entry = candidate.journalEntryId();
                if (!free.contains(entry) || Collections.max(locked.get(entry)) != candidate.id()) {
                    continue; // held by another node, or a newer row came since the candidates were read
                }
                // read again now that this transaction holds it: another node may have tried it meanwhile
                em.refresh(candidate);
                if (candidate.claimable(at)) {
                    candidate.leased(owner, leaseUntil);
                    claimed.add(candidate.toRecord());
                }
            }
            em.flush();
            return claimed;
        });
    }

    private static Query bind(Query query, int first, List<String> values) {
        int i = first;
        for (String value : values) {
            query.setParameter(i++, value);
        }
        return query;
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
