package se.folja.store.internal.nondelivery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.folja.api.ConflictException;
import se.folja.api.Dates;
import se.folja.api.IsoWeek;
import se.folja.api.NotFoundException;
import se.folja.api.Page;
import se.folja.api.UnitScope;
import se.folja.api.nondelivery.NonDelivery;
import se.folja.api.nondelivery.NonDeliveryQuery;
import se.folja.api.nondelivery.NonDeliveryRevision;
import se.folja.api.nondelivery.NonDeliveryStatus;
import se.folja.api.nondelivery.RevisionKind;
import se.folja.api.nondelivery.WeekQuery;
import se.folja.api.nondelivery.WriteBackAction;
import se.folja.api.person.PersonalIdentityNumber;
import se.folja.store.internal.Clients;
import se.folja.store.internal.CurrentSchema;
import se.folja.store.internal.JpaTransactions;
import se.folja.store.internal.JpqlFilter;
import se.folja.store.internal.entity.ClientEntity;
import se.folja.store.internal.entity.NonDeliveryEntity;
import se.folja.store.internal.entity.NonDeliveryRevisionEntity;
import se.folja.store.internal.entity.OutboxEntity;
import se.folja.store.internal.entity.PendingEntryEntity;
import se.folja.store.spi.NonDeliveryStore;
import se.folja.store.spi.WeekCount;

/**
 * Non-deliveries in JPA, tables {@code non_delivery}, {@code non_delivery_revision}, {@code journal_outbox}. A
 * registration, its revision, its outbox row and the pending entry it resolves are written in one transaction.
 */
@Component(service = NonDeliveryStore.class)
public final class JpaNonDeliveryStore implements NonDeliveryStore {

    private final JpaTransactions tx;

    /**
     * @param schema referenced only so that this component starts after the schema migration
     */
    @Activate
    public JpaNonDeliveryStore(
            @Reference(target = "(osgi.unit.name=folja)") JpaTemplate jpa,
            @Reference CurrentSchema schema) {
        this.tx = new JpaTransactions(jpa);
    }

    @Override
    public Optional<NonDelivery> findByJournalEntry(String journalEntryId) {
        return tx.read(em -> byEntry(em, journalEntryId).map(NonDeliveryEntity::toRecord));
    }

    @Override
    public Optional<NonDelivery> find(long id) {
        return tx.read(em -> Optional.ofNullable(em.find(NonDeliveryEntity.class, id))
                .map(NonDeliveryEntity::toRecord));
    }

    @Override
    public NonDelivery insert(NonDelivery nonDelivery) {
        String entry = nonDelivery.journalEntryId();
        return tx.writeRetryingOnce("journal entry '" + entry + "' has a registration already", em -> {
            if (byEntry(em, entry).isPresent()) {
                throw new ConflictException("Journal entry '" + entry + "' has a registration already");
            }
            ClientEntity client = Clients.findOrCreate(em, nonDelivery.client());
            NonDeliveryEntity entity = NonDeliveryEntity.of(nonDelivery, client);
            em.persist(entity);
            em.flush();
            NonDelivery stored = entity.toRecord();
            em.persist(NonDeliveryRevisionEntity.of(stored, client, RevisionKind.REGISTERED, List.of()));
            em.persist(OutboxEntity.pending(stored.id(), entry, WriteBackAction.SET_REASON, stored.reasonCode(),
                    stored.registeredAt()));
            PendingEntryEntity pending = em.find(PendingEntryEntity.class, entry);
            if (pending != null) {
                pending.resolve(stored.registeredAt());
            }
            em.flush();
            return stored;
        });
    }

    @Override
    public NonDelivery insertImported(NonDelivery nonDelivery) {
        String entry = nonDelivery.journalEntryId();
        return tx.writeRetryingOnce("journal entry '" + entry + "' has a registration already", em -> {
            if (byEntry(em, entry).isPresent()) {
                throw new ConflictException("Journal entry '" + entry + "' has a registration already");
            }
            ClientEntity client = Clients.findOrCreate(em, nonDelivery.client());
            NonDeliveryEntity entity = NonDeliveryEntity.of(imported(nonDelivery), client);
            em.persist(entity);
            em.flush();
            NonDelivery stored = entity.toRecord();
            // no outbox row: history is not written back to the journal
            em.persist(NonDeliveryRevisionEntity.of(stored, client, RevisionKind.IMPORTED, List.of()));
            PendingEntryEntity pending = em.find(PendingEntryEntity.class, entry);
            if (pending != null) {
                pending.resolve(stored.registeredAt());
            }
            em.flush();
            return stored;
        });
    }

    private static NonDelivery imported(NonDelivery n) {
        return n.imported() ? n : new NonDelivery(n.id(), n.journalEntryId(), n.client(), n.unit(),
                n.interventionType(), n.plannedStart(), n.week(), n.reasonCode(), n.initiator(), n.comment(),
                n.status(), n.annulmentReason(), n.registeredBy(), n.registeredAt(), n.changedBy(), n.changedAt(),
                n.version(), true);
    }

    @Override
    public NonDelivery update(NonDelivery changed, long expectedVersion, RevisionKind kind,
            List<String> changedFields, WriteBackAction writeBack) {
        return tx.writeRetryingOnce("registration " + changed.id() + " was changed by someone else", em -> {
            NonDeliveryEntity entity = em.find(NonDeliveryEntity.class, changed.id());
            if (entity == null) {
                throw new NotFoundException("registration", Long.toString(changed.id()));
            }
            if (entity.version() != expectedVersion) {
                throw new ConflictException("Registration " + changed.id() + " is at version " + entity.version()
                        + ", not " + expectedVersion + ": someone else changed it. Read it again and retry.");
            }
            em.lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            ClientEntity client = Clients.findOrCreate(em, changed.client());
            entity.apply(changed, client);
            em.flush();
            NonDelivery stored = entity.toRecord();
            em.persist(NonDeliveryRevisionEntity.of(stored, client, kind, changedFields));
            if (writeBack != null) {
                em.persist(OutboxEntity.pending(stored.id(), stored.journalEntryId(), writeBack, stored.reasonCode(),
                        stored.changedAt()));
            }
            em.flush();
            return stored;
        });
    }

    @Override
    public List<NonDeliveryRevision> history(long id) {
        return tx.read(em -> {
            NonDeliveryEntity current = em.find(NonDeliveryEntity.class, id);
            if (current == null) {
                return List.of();
            }
            NonDelivery now = current.toRecord();
            return em.createQuery("select r from NonDeliveryRevisionEntity r where r.nonDeliveryId = :id"
                            + " order by r.revision", NonDeliveryRevisionEntity.class)
                    .setParameter("id", id).getResultList().stream().map(r -> r.toRecord(now)).toList();
        });
    }

    @Override
    public Page<NonDelivery> search(NonDeliveryQuery query, UnitScope scope) {
        return tx.read(em -> {
            JpqlFilter filter = filter(em, query, scope);
            if (filter == null) {
                return new Page<>(List.of(), 0, query.offset(), query.limit());
            }
            String order = switch (query.sort()) {
                case PLANNED_START -> "n.plannedStart, n.id";
                case PLANNED_START_DESC -> "n.plannedStart desc, n.id desc";
                case REGISTERED_AT -> "n.registeredAt, n.id";
                case REGISTERED_AT_DESC -> "n.registeredAt desc, n.id desc";
            };
            long total = filter.bind(em.createQuery("select count(n) from NonDeliveryEntity n" + filter.where(),
                    Long.class)).getSingleResult();
            List<NonDelivery> items = total == 0 ? List.of()
                    : filter.bind(em.createQuery("select n from NonDeliveryEntity n" + filter.where() + " order by "
                                    + order, NonDeliveryEntity.class))
                            .setFirstResult(query.offset()).setMaxResults(query.limit())
                            .getResultList().stream().map(NonDeliveryEntity::toRecord).toList();
            return new Page<>(items, total, query.offset(), query.limit());
        });
    }

    @Override
    public List<WeekCount> cancellationsPerWeek(WeekQuery query, UnitScope scope) {
        return tx.read(em -> {
            JpqlFilter filter = new JpqlFilter()
                    .add("n.status = :active", "active", NonDeliveryStatus.ACTIVE.name())
                    .add("n.isoWeek >= :from", "from", query.from().yearWeek())
                    .add("n.isoWeek <= :to", "to", query.to().yearWeek())
                    .units("n.unit", scope);
            if (query.interventionType() != null) {
                filter.add("n.interventionType = :type", "type", query.interventionType());
            }
            if (query.client() != null) {
                Long clientId = Clients.find(em, query.client().digits());
                if (clientId == null) {
                    return List.of();
                }
                filter.add("n.client.id = :client", "client", clientId);
            }
            TypedQuery<Object[]> counts = filter.bind(em.createQuery("select n.client.pin, n.unit, n.isoWeek,"
                    + " count(n) from NonDeliveryEntity n" + filter.where()
                    + " group by n.client.pin, n.unit, n.isoWeek", Object[].class));
            return counts.getResultList().stream().map(row -> new WeekCount(
                    PersonalIdentityNumber.ofDigits(((String) row[0]).trim()), (String) row[1],
                    IsoWeek.ofYearWeek(((Number) row[2]).intValue()), ((Number) row[3]).intValue())).toList();
        });
    }

    private static Optional<NonDeliveryEntity> byEntry(EntityManager em, String journalEntryId) {
        return em.createQuery("select n from NonDeliveryEntity n where n.journalEntryId = :entry",
                        NonDeliveryEntity.class)
                .setParameter("entry", journalEntryId).getResultList().stream().findFirst();
    }

    /** @return the epoch millisecond at which {@code day} begins in Sweden */
    static long startOf(LocalDate day) {
        return day.atStartOfDay(Dates.ZONE).toInstant().toEpochMilli();
    }

    /** The where clause of a search and its parameters; null if it can match nothing (an unknown client). */
    private static JpqlFilter filter(EntityManager em, NonDeliveryQuery query, UnitScope scope) {
        JpqlFilter filter = new JpqlFilter();
        if (!query.includeAnnulled()) {
            filter.add("n.status = :active", "active", NonDeliveryStatus.ACTIVE.name());
        }
        // The period as instants: Swedish days from midnight to midnight, so that one index on the planned start
        // both selects the period and gives the order of the page.
        if (query.from() != null) {
            filter.add("n.plannedStart >= :from", "from", startOf(query.from()));
        }
        if (query.to() != null) {
            filter.add("n.plannedStart < :to", "to", startOf(query.to().plusDays(1)));
        }
        filter.units("n.unit", scope);
        if (!query.reasonCodes().isEmpty()) {
            filter.add("n.reasonCode in :reasons", "reasons", new ArrayList<>(query.reasonCodes()));
        }
        if (query.initiator() != null) {
            filter.add("n.initiator = :initiator", "initiator", query.initiator().name());
        }
        if (!query.interventionTypes().isEmpty()) {
            filter.add("n.interventionType in :types", "types", new ArrayList<>(query.interventionTypes()));
        }
        if (query.client() != null) {
            Long clientId = Clients.find(em, query.client().digits());
            if (clientId == null) {
                return null;
            }
            filter.add("n.client.id = :client", "client", clientId);
        }
        return filter;
    }
}
