package se.folja.store.internal.followup;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.folja.api.ConflictException;
import se.folja.api.NotFoundException;
import se.folja.api.Page;
import se.folja.api.UnitScope;
import se.folja.api.followup.Enrolment;
import se.folja.api.followup.EnrolmentChangeKind;
import se.folja.api.followup.EnrolmentRevision;
import se.folja.api.followup.EnrolmentStatus;
import se.folja.api.person.PersonalIdentityNumber;
import se.folja.store.internal.Clients;
import se.folja.store.internal.CurrentSchema;
import se.folja.store.internal.JpaTransactions;
import se.folja.store.internal.JpqlFilter;
import se.folja.store.internal.entity.ClientEntity;
import se.folja.store.internal.entity.Days;
import se.folja.store.internal.entity.EnrolmentEntity;
import se.folja.store.internal.entity.EnrolmentRevisionEntity;
import se.folja.store.internal.entity.GrantEntity;
import se.folja.store.spi.EnrolmentStore;

/**
 * Enrolments in JPA, tables {@code followup_enrolment} and {@code followup_enrolment_revision}: an enrolment and
 * its revision are written in one transaction. Both writes lock the client's row ({@code SELECT … FOR UPDATE})
 * before they look for an overlapping enrolment, so that two enrolments of one client in one template, written at
 * the same time, are checked one after the other: the second sees the first. The enablement id is stored as given
 * (the service checks it against what is enabled; {@code followup_enablement} has no foreign key from here).
 */
@Component(service = EnrolmentStore.class)
public final class JpaEnrolmentStore implements EnrolmentStore {

    private static final String ANNULLED = EnrolmentStatus.ANNULLED.name();

    private final JpaTransactions tx;

    /**
     * @param schema referenced only so that this component starts after the schema migration
     */
    @Activate
    public JpaEnrolmentStore(
            @Reference(target = "(osgi.unit.name=folja)") JpaTemplate jpa,
            @Reference CurrentSchema schema) {
        this.tx = new JpaTransactions(jpa);
    }

    @Override
    public Enrolment insert(Enrolment enrolment) {
        // once more if two first enrolments of a new client race for its row: the second then finds it, and waits
        return tx.writeRetryingOnce("the enrolment could not be stored", em -> {
            if (enrolment.grantId() != null && em.find(GrantEntity.class, enrolment.grantId()) == null) {
                throw new NotFoundException("grant", Long.toString(enrolment.grantId()));
            }
            ClientEntity client = Clients.findOrCreate(em, enrolment.client());
            em.lock(client, LockModeType.PESSIMISTIC_WRITE);
            refuseOverlap(em, client, null, enrolment.templateCode(), enrolment.start(), enrolment.end(),
                    enrolment.status());
            EnrolmentEntity entity = EnrolmentEntity.of(enrolment, client);
            em.persist(entity);
            em.flush();
            Enrolment stored = entity.toRecord();
            em.persist(EnrolmentRevisionEntity.of(stored, client, EnrolmentChangeKind.ENROLLED));
            em.flush();
            return stored;
        });
    }

    @Override
    public Enrolment update(Enrolment enrolment, long expectedRevision, EnrolmentChangeKind kind) {
        long id = enrolment.id();
        return tx.write("enrolment " + id + " was changed by someone else", em -> {
            EnrolmentEntity entity = em.find(EnrolmentEntity.class, id);
            if (entity == null) {
                throw new NotFoundException("enrolment", Long.toString(id));
            }
            if (entity.revision() != expectedRevision) {
                throw new ConflictException("Enrolment " + id + " is at revision " + entity.revision() + ", not "
                        + expectedRevision + ": someone else changed it. Read it again and retry.");
            }
            // a change that committed while this one waited for the lock fails the revision check at the flush
            em.lock(entity.client(), LockModeType.PESSIMISTIC_WRITE);
            Enrolment current = entity.toRecord();
            refuseOverlap(em, entity.client(), id, current.templateCode(), current.start(), enrolment.end(),
                    enrolment.status());
            entity.change(enrolment);
            em.lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            em.flush();
            Enrolment stored = entity.toRecord();
            em.persist(EnrolmentRevisionEntity.of(stored, entity.client(), kind));
            em.flush();
            return stored;
        });
    }

    /**
     * Refuses a state that shares a day with another enrolment of the client in the template that is not annulled;
     * an annulled state shares none. Open ends run to the end of time.
     */
    private static void refuseOverlap(EntityManager em, ClientEntity client, Long self, String templateCode,
            LocalDate start, LocalDate end, EnrolmentStatus status) {
        if (status == EnrolmentStatus.ANNULLED) {
            return;
        }
        JpqlFilter filter = new JpqlFilter()
                .add("e.client.id = :client", "client", client.id())
                .add("e.templateCode = :template", "template", templateCode)
                .add("e.status <> :annulled", "annulled", ANNULLED)
                .add("(e.endDay is null or e.endDay >= :start)", "start", Days.of(start));
        if (end != null) {
            filter.add("e.startDay <= :end", "end", Days.of(end));
        }
        if (self != null) {
            filter.add("e.id <> :self", "self", self);
        }
        List<Long> overlapping = filter.bind(em.createQuery("select e.id from EnrolmentEntity e" + filter.where()
                + " order by e.id", Long.class)).setMaxResults(1).getResultList();
        if (!overlapping.isEmpty()) {
            throw new ConflictException("The client is enrolled in " + templateCode + " on a day of this enrolment"
                    + " already (enrolment " + overlapping.get(0) + ")");
        }
    }

    @Override
    public Optional<Enrolment> find(long id) {
        return tx.read(em -> Optional.ofNullable(em.find(EnrolmentEntity.class, id)).map(EnrolmentEntity::toRecord));
    }

    @Override
    public Page<Enrolment> find(UnitScope scope, String templateCode, EnrolmentStatus status, String responsible,
            PersonalIdentityNumber client, int offset, int limit) {
        Page<Enrolment> none = new Page<>(List.of(), 0, offset, limit);
        if (scope.reachesNone()) {
            return none;
        }
        return tx.read(em -> {
            JpqlFilter filter = new JpqlFilter().units("e.unit", scope);
            if (templateCode != null) {
                filter.add("e.templateCode = :template", "template", templateCode);
            }
            if (status == null) {
                filter.add("e.status <> :annulled", "annulled", ANNULLED);
            } else {
                filter.add("e.status = :status", "status", status.name());
            }
            if (responsible != null) {
                filter.add("e.responsible = :responsible", "responsible", responsible);
            }
            if (client != null) {
                Long clientId = Clients.find(em, client.digits());
                if (clientId == null) {
                    return none;
                }
                filter.add("e.client.id = :client", "client", clientId);
            }
            long total = filter.bind(em.createQuery("select count(e) from EnrolmentEntity e" + filter.where(),
                    Long.class)).getSingleResult();
            List<Enrolment> items = total == 0 ? List.of()
                    : filter.bind(em.createQuery("select e from EnrolmentEntity e" + filter.where()
                                    + " order by e.startDay desc, e.id", EnrolmentEntity.class))
                            .setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                            .map(EnrolmentEntity::toRecord).toList();
            return new Page<>(items, total, offset, limit);
        });
    }

    @Override
    public List<Enrolment> findActive(UnitScope scope, String responsible, LocalDate endedSince) {
        Objects.requireNonNull(endedSince, "endedSince");
        if (scope.reachesNone()) {
            return List.of();
        }
        return tx.read(em -> {
            JpqlFilter filter = new JpqlFilter().units("e.unit", scope)
                    .add("e.status <> :annulled", "annulled", ANNULLED)
                    .add("(e.endDay is null or e.endDay >= :since)", "since", Days.of(endedSince));
            if (responsible != null) {
                filter.add("e.responsible = :responsible", "responsible", responsible);
            }
            return filter.bind(em.createQuery("select e from EnrolmentEntity e" + filter.where() + " order by e.id",
                    EnrolmentEntity.class)).getResultList().stream().map(EnrolmentEntity::toRecord).toList();
        });
    }

    @Override
    public Set<PersonalIdentityNumber> enrolledClients(String unit, String templateCode, LocalDate on) {
        return tx.read(em -> {
            TypedQuery<ClientEntity> query = em.createQuery("select distinct e.client from EnrolmentEntity e"
                    + " where e.unit = :unit and e.templateCode = :template and e.status <> :annulled"
                    + " and (e.endDay is null or e.endDay >= :on)", ClientEntity.class)
                    .setParameter("unit", unit).setParameter("template", templateCode)
                    .setParameter("annulled", ANNULLED).setParameter("on", Days.of(on));
            Set<PersonalIdentityNumber> clients = new HashSet<>();
            for (ClientEntity client : query.getResultList()) {
                clients.add(client.number());
            }
            return Set.copyOf(clients);
        });
    }

    @Override
    public List<EnrolmentRevision> revisions(long id) {
        return tx.read(em -> em.createQuery("select r from EnrolmentRevisionEntity r where r.enrolmentId = :id"
                        + " order by r.revision", EnrolmentRevisionEntity.class)
                .setParameter("id", id).getResultList().stream().map(EnrolmentRevisionEntity::toRecord).toList());
    }
}
